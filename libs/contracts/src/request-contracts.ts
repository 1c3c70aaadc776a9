import type {
  CreateInstitutionCommand,
  GetInstitutionRequest,
  InstitutionReply,
} from './directory/institution.dto';
import type {
  GetInstitutionReplicaRequest,
  InstitutionReplicaReply,
} from './identity/institution-replica.dto';
import type { AccessTokenReply, LoginRequest } from './identity/login.dto';
import type { SigningKeysReply } from './identity/signing-keys.dto';
import type { GetUserRequest, UserReply } from './identity/user.dto';
import { DirectorySubjects, IdentitySubjects } from './subjects';

/** Every request subject with the payload it takes and the reply it gives. */
export interface RequestContracts {
  [IdentitySubjects.login]: { request: LoginRequest; reply: AccessTokenReply };
  [IdentitySubjects.signingKeys]: { request: Record<string, never>; reply: SigningKeysReply };
  [IdentitySubjects.getUser]: { request: GetUserRequest; reply: UserReply };
  [IdentitySubjects.getInstitutionReplica]: {
    request: GetInstitutionReplicaRequest;
    reply: InstitutionReplicaReply;
  };
  [DirectorySubjects.createInstitution]: {
    request: CreateInstitutionCommand;
    reply: InstitutionReply;
  };
  [DirectorySubjects.getInstitution]: { request: GetInstitutionRequest; reply: InstitutionReply };
}

export type RequestSubject = keyof RequestContracts;
export type RequestOf<S extends RequestSubject> = RequestContracts[S]['request'];
export type ReplyOf<S extends RequestSubject> = RequestContracts[S]['reply'];

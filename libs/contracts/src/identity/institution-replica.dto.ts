import { IsUUID } from 'class-validator';

export class GetInstitutionReplicaRequest {
  @IsUUID()
  institutionId!: string;
}

/** Identity's own copy of an institution, built from directory's events. */
export class InstitutionReplicaReply {
  id!: string;
  name!: string;
}

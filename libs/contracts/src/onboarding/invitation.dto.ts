import { IsDefined, IsString, IsUUID, Matches, MaxLength, ValidateIf } from 'class-validator';
import { IsPersonName } from '../person-name';
import { PASSWORD_MAX_LENGTH } from '../identity/password';
import type { MailedOutcome } from './bulk-invite.dto';
import type { JoinRequestReply } from './join-request.dto';

export class InvitationTokenCommand {
  @MaxLength(200)
  @IsString()
  @IsDefined({ message: 'token is required' })
  token!: string;
}

/**
 * Accepting: someone without an account gives a name and a password and gets an employer account; someone with an
 * account accepts while logged in as the invited email.
 */
export class AcceptInvitationRequest {
  @IsPersonName()
  @MaxLength(200)
  @Matches(/\S/, { message: 'name must not be blank' })
  @IsString({ message: 'name must be a string' })
  @ValidateIf((body: AcceptInvitationRequest) => body.name !== undefined)
  name?: string;

  @MaxLength(PASSWORD_MAX_LENGTH, { message: `password must be at most ${PASSWORD_MAX_LENGTH} characters` })
  @IsString({ message: 'password must be a string' })
  @ValidateIf((body: AcceptInvitationRequest) => body.password !== undefined)
  password?: string;
}

export class AcceptInvitationCommand extends AcceptInvitationRequest {
  @MaxLength(200)
  @IsString()
  @IsDefined({ message: 'token is required' })
  token!: string;

  /** The logged-in caller, when there is one. */
  @IsUUID()
  @ValidateIf((command: AcceptInvitationCommand) => command.callerId !== undefined)
  callerId?: string;
}

export class InvitationCommand {
  @IsUUID()
  institutionId!: string;

  @IsUUID()
  invitationId!: string;
}

export class InvitationReply {
  id!: string;
  institution!: { id: string; name: string };
  email!: string;
  outcome!: MailedOutcome;
  /** What accepting does: create an account, or connect an existing one. */
  accept!: 'create_account' | 'connect';
  expiresAt!: string;
}

export class InvitationAcceptedReply {
  userId!: string;
  joinRequest!: JoinRequestReply;
}

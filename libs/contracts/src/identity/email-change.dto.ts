import { IsDefined, IsEmail, IsString, IsUUID, Matches, MaxLength } from 'class-validator';
import { PasswordField } from './password';

export class EmailChangeRequest {
  @MaxLength(254)
  @IsEmail({}, { message: 'newEmail must be an email address' })
  @IsString()
  @IsDefined({ message: 'newEmail is required' })
  newEmail!: string;

  /** The current password, so that a stolen session cannot take over the account. */
  @PasswordField('currentPassword')
  currentPassword!: string;
}

export class EmailChangeCommand extends EmailChangeRequest {
  @IsUUID()
  userId!: string;
}

export class EmailChangeConfirmRequest {
  @Matches(/^\d{6}$/, { message: 'code must be the 6 digits from the email' })
  @IsString()
  @IsDefined({ message: 'code is required' })
  code!: string;
}

export class EmailChangeConfirmCommand extends EmailChangeConfirmRequest {
  @IsUUID()
  userId!: string;
}

export class EmailChangeStartedReply {
  newEmail!: string;
  expiresAt!: string;
}

/** What the stop link of an email change did: stopped a change still waiting, or undid a confirmed one. */
export class EmailChangeCancelledReply {
  outcome!: 'stopped' | 'undone';
}

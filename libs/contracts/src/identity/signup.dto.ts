import { IsDefined, IsEmail, IsIn, IsString, Matches, MaxLength } from 'class-validator';
import { IsPersonName } from '../person-name';
import { PasswordField } from './password';
import type { UserType } from './user-type';

/** Who may create their own account; staff and administrators are added by others. */
export const SELF_SIGNUP_USER_TYPES = [
  'student',
  'alumni',
  'employer',
] as const satisfies readonly UserType[];
export type SelfSignupUserType = (typeof SELF_SIGNUP_USER_TYPES)[number];

export class EmailField {
  @MaxLength(254)
  @IsEmail({}, { message: 'email must be an email address' })
  @IsString()
  @IsDefined({ message: 'email is required' })
  email!: string;
}

export class SignupRequest extends EmailField {
  @PasswordField()
  password!: string;

  @IsPersonName()
  @MaxLength(200)
  @Matches(/\S/, { message: 'name must not be blank' })
  @IsString()
  @IsDefined({ message: 'name is required' })
  name!: string;

  @IsIn(SELF_SIGNUP_USER_TYPES, { message: `userType must be one of ${SELF_SIGNUP_USER_TYPES.join(', ')}` })
  @IsDefined({ message: 'userType is required' })
  userType!: SelfSignupUserType;
}

/** The same answer whatever happened, so that nobody learns whether an email has an account. */
export class AcceptedReply {
  message!: string;
}

export class TokenRequest {
  /** The token from the link in the email. */
  @MaxLength(200)
  @IsString()
  @IsDefined({ message: 'token is required' })
  token!: string;
}

export class PasswordResetRequest extends EmailField {}

export class PasswordResetConfirmRequest extends TokenRequest {
  @PasswordField()
  password!: string;
}

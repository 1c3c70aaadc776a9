import { IsDefined, IsEmail, IsInt, IsString, IsUUID, MaxLength, Min } from 'class-validator';
import type { InstitutionRole } from './roles';
import type { UserType } from './user-type';

// Decorators run bottom-up and the first failure per field is the one reported: presence, then type, then shape.
export class LoginRequest {
  @MaxLength(254)
  @IsEmail({}, { message: 'email must be an email address' })
  @IsString()
  @IsDefined({ message: 'email is required' })
  email!: string;

  @MaxLength(1024)
  @IsString()
  @IsDefined({ message: 'password is required' })
  password!: string;
}

export class AccessTokenReply {
  /** A signed JWT (EdDSA) to send as `Authorization: Bearer <token>`. */
  accessToken!: string;
  tokenType!: 'Bearer';
  /** Seconds until the token expires. */
  expiresIn!: number;
}

/** The `memberships` claim of an access token: the roles of each active membership, by institution id. */
export type AccessTokenMemberships = Record<string, InstitutionRole[]>;

/** Whose access the gateway checks: the caller of a request, and when their token was issued (`iat`, seconds). */
export class CurrentAccessRequest {
  @IsUUID()
  userId!: string;

  @Min(0)
  @IsInt()
  issuedAt!: number;
}

/**
 * What a person may do now, as identity's records say (a token says what they could do when it was issued).
 * `active` is false when the account is gone or disabled, or signed out since the token was issued.
 */
export class CurrentAccessReply {
  active!: boolean;
  userType!: UserType | null;
  memberships!: AccessTokenMemberships;
}

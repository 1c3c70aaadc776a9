import { IsDefined, IsEmail, IsString, MaxLength } from 'class-validator';
import type { InstitutionRole } from './roles';

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

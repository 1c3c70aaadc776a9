import { Inject, Injectable } from '@nestjs/common';
import { SignJWT } from 'jose';
import { AccessTokenMemberships, AccessTokenReply, SigningKeysReply } from '@careers/contracts';
import type { User } from '../users/user.entity';
import { SIGNING_KEY, TOKEN_SETTINGS, TokenSettings } from './token-settings';
import { SigningKey, TOKEN_ALGORITHM } from './signing-key';

/**
 * The roles of each active membership, by institution id: the gateway authorizes from these without asking. A change
 * of roles shows in the next token (tokens live ACCESS_TOKEN_TTL_SECONDS).
 */
export function activeRoles(user: User): AccessTokenMemberships {
  const roles: AccessTokenMemberships = {};
  for (const membership of user.memberships.getItems()) {
    if (membership.isActive) roles[membership.institutionId] = [...membership.roles];
  }
  return roles;
}

/** Issues the signed access tokens the gateway verifies with the public keys below. */
@Injectable()
export class AccessTokens {
  constructor(
    @Inject(SIGNING_KEY) private readonly key: SigningKey,
    @Inject(TOKEN_SETTINGS) private readonly settings: TokenSettings,
  ) {}

  async issue(user: User): Promise<AccessTokenReply> {
    const accessToken = await new SignJWT({
      email: user.email,
      userType: user.userType,
      memberships: activeRoles(user),
    })
      .setProtectedHeader({ alg: TOKEN_ALGORITHM, kid: this.key.kid, typ: 'at+jwt' })
      .setSubject(user.id)
      .setIssuer(this.settings.issuer)
      .setAudience(this.settings.audience)
      .setIssuedAt()
      .setExpirationTime(`${this.settings.ttlSeconds}s`)
      .sign(this.key.privateKey);
    return { accessToken, tokenType: 'Bearer', expiresIn: this.settings.ttlSeconds };
  }

  signingKeys(): SigningKeysReply {
    return {
      keys: this.key.publishedKeys,
      issuer: this.settings.issuer,
      audience: this.settings.audience,
    };
  }
}

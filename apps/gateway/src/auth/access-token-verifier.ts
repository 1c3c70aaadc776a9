import { Injectable, Logger, OnApplicationBootstrap, UnauthorizedException } from '@nestjs/common';
import { createLocalJWKSet, errors, JWTPayload, jwtVerify } from 'jose';
import {
  AccessTokenMemberships,
  IdentitySubjects,
  INSTITUTION_ROLES,
  InstitutionRole,
  SigningKeysReply,
  USER_TYPES,
  UserType,
} from '@careers/contracts';
import { ServiceClient } from '@careers/rpc';
import type { Caller } from './caller';

const KEYS_REFRESH_MIN_INTERVAL_MS = 30_000;

/** Identity's keys as fetched, with the key set made of them once (it imports each key on first use, then keeps it). */
interface SigningKeys {
  reply: SigningKeysReply;
  keySet: ReturnType<typeof createLocalJWKSet>;
}

/**
 * Verifies access tokens with identity's public keys, asked for once and kept; a token signed with a key it does
 * not know yet makes it ask again (at most every 30 s), so identity can rotate keys.
 */
@Injectable()
export class AccessTokenVerifier implements OnApplicationBootstrap {
  private readonly logger = new Logger(AccessTokenVerifier.name);
  private keys?: Promise<SigningKeys>;
  private keysFetchedAt = 0;

  constructor(private readonly services: ServiceClient) {}

  /** Fetches the keys at start, so tokens can be verified even while identity is briefly away. */
  onApplicationBootstrap(): void {
    this.signingKeys().catch(() => undefined);
  }

  async verify(token: string): Promise<Caller> {
    try {
      return await this.verifyWith(await this.signingKeys(), token);
    } catch (error) {
      if (error instanceof errors.JWKSNoMatchingKey && this.mayRefresh()) {
        return this.verifyWith(await this.signingKeys(true), token).catch(() => {
          throw invalidToken();
        });
      }
      if (error instanceof errors.JOSEError) throw invalidToken();
      throw error;
    }
  }

  private async verifyWith({ reply, keySet }: SigningKeys, token: string): Promise<Caller> {
    const { payload } = await jwtVerify(token, keySet, {
      issuer: reply.issuer,
      audience: reply.audience,
      algorithms: ['EdDSA'],
    });
    return toCaller(payload);
  }

  private signingKeys(refresh = false): Promise<SigningKeys> {
    if (!this.keys || refresh) {
      this.keysFetchedAt = Date.now();
      this.keys = this.services
        .request(IdentitySubjects.signingKeys, {})
        .then((reply) => ({ reply, keySet: createLocalJWKSet({ keys: reply.keys }) }));
      this.keys.catch((error: unknown) => {
        this.logger.warn({ err: error }, 'Could not fetch the token signing keys; will ask again');
        this.keys = undefined;
      });
    }
    return this.keys;
  }

  private mayRefresh(): boolean {
    return Date.now() - this.keysFetchedAt > KEYS_REFRESH_MIN_INTERVAL_MS;
  }
}

function toCaller(payload: JWTPayload): Caller {
  const { sub, email, userType, memberships, iat } = payload as JWTPayload & {
    email?: unknown;
    userType?: unknown;
    memberships?: unknown;
  };
  if (
    typeof sub !== 'string' ||
    typeof email !== 'string' ||
    typeof iat !== 'number' ||
    !USER_TYPES.includes(userType as UserType) ||
    !isMemberships(memberships)
  ) {
    throw invalidToken();
  }
  return { userId: sub, email, userType: userType as UserType, memberships, issuedAt: iat };
}

function isMemberships(value: unknown): value is AccessTokenMemberships {
  return (
    typeof value === 'object' &&
    value !== null &&
    Object.values(value).every(
      (roles) =>
        Array.isArray(roles) && roles.every((role) => INSTITUTION_ROLES.includes(role as InstitutionRole)),
    )
  );
}

function invalidToken(): UnauthorizedException {
  return new UnauthorizedException('The access token is missing, invalid or expired.');
}

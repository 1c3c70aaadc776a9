import {
  Injectable,
  Logger,
  OnApplicationBootstrap,
  OnApplicationShutdown,
  UnauthorizedException,
} from '@nestjs/common';
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
import { setTimeout as delay } from 'node:timers/promises';
import { GatewayConfig } from '../gateway.config';
import type { Caller } from './caller';

/** The least time between two requests for the keys: a flood of tokens naming unknown keys asks once a second. */
const KEYS_MIN_INTERVAL_MS = 1000;

/** Identity's keys as fetched, with the key set made of them once (it imports each key on first use, then keeps it). */
interface SigningKeys {
  reply: SigningKeysReply;
  keySet: ReturnType<typeof createLocalJWKSet>;
  /** When they were asked for. */
  askedAt: number;
}

/**
 * Verifies access tokens with identity's public keys: the current key and the previous ones it still publishes while
 * a rotation's old tokens live. They are asked for at start and again every SIGNING_KEYS_REFRESH_SECONDS (a key
 * identity no longer publishes is then refused; while identity does not answer, the last keys are kept), and at once
 * when a token names a key not known yet (a rotation's new tokens work as soon as identity signs them): one request at
 * a time, at most one a second.
 */
@Injectable()
export class AccessTokenVerifier implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(AccessTokenVerifier.name);
  private keys?: SigningKeys;
  private asking?: Promise<SigningKeys>;
  private lastAskedAt = 0;
  private refresh?: NodeJS.Timeout;

  constructor(
    private readonly services: ServiceClient,
    private readonly config: GatewayConfig,
  ) {}

  /** Fetches the keys at start, so tokens can be verified even while identity is briefly away, and then keeps them fresh. */
  onApplicationBootstrap(): void {
    const refresh = () =>
      this.keysAskedSince(Date.now()).catch((error: unknown) =>
        this.logger.warn({ err: error }, 'Could not fetch the token signing keys; keeping the last ones'),
      );
    void refresh();
    this.refresh = setInterval(refresh, this.config.SIGNING_KEYS_REFRESH_SECONDS * 1000).unref();
  }

  onApplicationShutdown(): void {
    clearInterval(this.refresh);
  }

  async verify(token: string): Promise<Caller> {
    const receivedAt = Date.now();
    try {
      return await this.verifyWith(this.keys ?? (await this.keysAskedSince(0)), token);
    } catch (error) {
      if (error instanceof errors.JWKSNoMatchingKey) {
        const fresh = await this.keysAskedSince(receivedAt);
        return this.verifyWith(fresh, token).catch(() => {
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

  /** Keys asked for at `since` or later: the ones kept when they are that fresh, else asked for again. */
  private async keysAskedSince(since: number): Promise<SigningKeys> {
    while (!this.keys || this.keys.askedAt < since) {
      this.asking ??= this.ask().finally(() => (this.asking = undefined));
      await this.asking;
    }
    return this.keys;
  }

  private async ask(): Promise<SigningKeys> {
    const wait = this.lastAskedAt + KEYS_MIN_INTERVAL_MS - Date.now();
    if (wait > 0) await delay(wait);
    const askedAt = (this.lastAskedAt = Date.now());
    const reply = await this.services.request(IdentitySubjects.signingKeys, {});
    this.keys = { reply, keySet: createLocalJWKSet({ keys: reply.keys }), askedAt };
    return this.keys;
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

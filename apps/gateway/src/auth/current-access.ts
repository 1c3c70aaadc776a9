import { Injectable, UnauthorizedException } from '@nestjs/common';
import { CurrentAccessReply, IdentitySubjects } from '@careers/contracts';
import { ServiceClient } from '@careers/messaging';
import { GatewayConfig } from '../gateway.config';
import type { Caller } from './caller';

/** How many callers' access is kept at most; the oldest answer is dropped first. */
const MAX_KEPT = 10_000;

interface Kept {
  access: Promise<CurrentAccessReply>;
  askedAt: number;
}

/**
 * What a caller may do now. A token says what its holder could do when it was issued (up to 15 minutes ago); this
 * asks identity for the roles held now, and keeps the answer ACCESS_CACHE_MS at most, so a role taken away stops
 * working within that time on every route. A write asks afresh, so a change of staff, settings, users or imports is
 * made with the caller's roles as they are at that moment (the services that own them check again as they write).
 */
@Injectable()
export class CurrentAccess {
  private readonly kept = new Map<string, Kept>();

  constructor(
    private readonly services: ServiceClient,
    private readonly config: GatewayConfig,
  ) {}

  /** The caller as the token says, with the type and roles replaced by the current ones. */
  async of(caller: Caller, options: { fresh: boolean }): Promise<Caller> {
    const access = await this.lookUp(caller.userId, caller.issuedAt, options.fresh);
    if (!access.active || !access.userType) {
      throw new UnauthorizedException('This account is no longer active: log in again.');
    }
    return { ...caller, userType: access.userType, memberships: access.memberships };
  }

  /** Kept by user and token (a session signed out refuses older tokens only). */
  private lookUp(userId: string, issuedAt: number, fresh: boolean): Promise<CurrentAccessReply> {
    const key = `${userId}:${issuedAt}`;
    const now = Date.now();
    if (fresh) {
      // The caller's own write may change what they may do (accepting an invitation): their next read asks again.
      this.kept.delete(key);
      return this.services.request(IdentitySubjects.currentAccess, { userId, issuedAt });
    }
    const kept = this.kept.get(key);
    if (kept && now - kept.askedAt < this.config.ACCESS_CACHE_MS) return kept.access;
    const access = this.services.request(IdentitySubjects.currentAccess, { userId, issuedAt });
    this.keep(key, { access, askedAt: now });
    access.catch(() => {
      if (this.kept.get(key)?.access === access) this.kept.delete(key);
    });
    return access;
  }

  private keep(key: string, entry: Kept): void {
    this.kept.delete(key);
    this.kept.set(key, entry);
    if (this.kept.size > MAX_KEPT) this.kept.delete(this.kept.keys().next().value as string);
  }
}

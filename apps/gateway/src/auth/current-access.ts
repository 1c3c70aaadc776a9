import { Injectable, Logger, UnauthorizedException } from '@nestjs/common';
import { CurrentAccessReply, IdentitySubjects } from '@careers/contracts';
import { counter, RpcError, ServiceClient } from '@careers/rpc';
import { GatewayConfig } from '../gateway.config';
import type { Caller } from './caller';

/** How many callers' access is kept at most; the oldest answer is dropped first. */
const MAX_KEPT = 10_000;
/** What identity failing to answer looks like: then the caller's access is the last known one. */
const OUTAGE_KINDS = ['timeout', 'unavailable', 'internal'];

const fallbacks = counter({
  name: 'gateway_access_fallbacks_total',
  help: "Requests authorized from the last known access or the token's own roles, because identity did not answer.",
});

interface Kept {
  access: Promise<CurrentAccessReply>;
  askedAt: number;
}

/**
 * What a caller may do now. A token says what its holder could do when it was issued (up to 15 minutes ago); this
 * asks identity for the roles held now, and keeps the answer ACCESS_CACHE_MS at most, so a role taken away stops
 * working within that time on every route. A write asks afresh, so a change of staff, settings, users or imports is
 * made with the caller's roles as they are at that moment (the services that own them check again as they write).
 *
 * While identity does not answer, the gateway keeps serving the other services: it acts on the caller's last known
 * access, else on the token's own roles. Roles change only through identity, so nothing changes meanwhile; what is
 * given up is a change made just before identity went away for a caller the gateway had not seen since.
 */
@Injectable()
export class CurrentAccess {
  private readonly logger = new Logger(CurrentAccess.name);
  private readonly kept = new Map<string, Kept>();
  private readonly lastKnown = new Map<string, CurrentAccessReply>();

  constructor(
    private readonly services: ServiceClient,
    private readonly config: GatewayConfig,
  ) {}

  /** The caller as the token says, with the type and roles replaced by the current ones. */
  async of(caller: Caller, options: { fresh: boolean }): Promise<Caller> {
    const key = `${caller.userId}:${caller.issuedAt}`;
    const access = await this.lookUp(key, caller, options.fresh).catch((error: unknown) =>
      this.duringOutage(key, caller, error),
    );
    if (!access.active || !access.userType) {
      throw new UnauthorizedException('This account is no longer active: log in again.');
    }
    return { ...caller, userType: access.userType, memberships: access.memberships };
  }

  /** Kept by user and token (a session signed out refuses older tokens only). */
  private async lookUp(key: string, caller: Caller, fresh: boolean): Promise<CurrentAccessReply> {
    const now = Date.now();
    if (fresh) {
      // The caller's own write may change what they may do (accepting an invitation): their next read asks again.
      this.kept.delete(key);
      return this.remember(key, await this.ask(caller));
    }
    const kept = this.kept.get(key);
    if (kept && now - kept.askedAt < this.config.ACCESS_CACHE_MS) return kept.access;
    const access = this.ask(caller).then((reply) => this.remember(key, reply));
    this.keep(this.kept, key, { access, askedAt: now });
    access.catch(() => {
      if (this.kept.get(key)?.access === access) this.kept.delete(key);
    });
    return access;
  }

  private ask(caller: Caller): Promise<CurrentAccessReply> {
    return this.services.request(IdentitySubjects.currentAccess, {
      userId: caller.userId,
      issuedAt: caller.issuedAt,
    });
  }

  private duringOutage(key: string, caller: Caller, error: unknown): CurrentAccessReply {
    if (!(error instanceof RpcError) || !OUTAGE_KINDS.includes(error.body.kind)) throw error;
    fallbacks.inc();
    this.logger.debug(
      { err: error },
      "Identity did not answer for a caller's access: acting on the last known",
    );
    return (
      this.lastKnown.get(key) ?? {
        active: true,
        userType: caller.userType,
        memberships: caller.memberships,
      }
    );
  }

  private remember(key: string, reply: CurrentAccessReply): CurrentAccessReply {
    this.keep(this.lastKnown, key, reply);
    return reply;
  }

  private keep<T>(map: Map<string, T>, key: string, entry: T): void {
    map.delete(key);
    map.set(key, entry);
    if (map.size > MAX_KEPT) map.delete(map.keys().next().value as string);
  }
}

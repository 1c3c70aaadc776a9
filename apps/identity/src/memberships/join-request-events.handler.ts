import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { EventEnvelope, Events } from '@careers/contracts';
import { HandlesEvent } from '@careers/messaging';
import { AccountClaims } from '../claims/account-claims';
import { User } from '../users/user.entity';
import { Membership, usernameKey } from './membership.entity';
import { recordMembershipGranted } from './membership-events';

/**
 * Keeps memberships in step with onboarding's join requests: a request is a pending membership, an approval makes it
 * active with the roles the event gives, a decline declines it. The three events come through separate consumers
 * and may arrive in any order: an approval may come first and make the membership; a late `created` never turns a
 * decided membership back to pending. A new request also reminds a namesake the school loaded at another address
 * (AccountClaims.remindNamesakes).
 */
@Injectable()
export class JoinRequestEventsHandler {
  constructor(private readonly claims: AccountClaims) {}

  @HandlesEvent(Events.joinRequestCreated)
  async created(event: EventEnvelope<typeof Events.joinRequestCreated>, em: EntityManager): Promise<void> {
    const user = await this.user(em, event.data.userId);
    if (!user || user.membershipIn(event.data.institutionId)) return;
    await this.newMembership(em, user, event.data.institutionId, 'pending');
    await this.claims.remindNamesakes(em, user, event.data.institutionId);
  }

  @HandlesEvent(Events.joinRequestApproved)
  async approved(event: EventEnvelope<typeof Events.joinRequestApproved>, em: EntityManager): Promise<void> {
    const user = await this.user(em, event.data.userId);
    if (!user) return;
    const membership =
      user.membershipIn(event.data.institutionId) ??
      (await this.newMembership(em, user, event.data.institutionId, 'active'));
    membership.status = 'active';
    membership.roles = [...new Set([...membership.roles, ...event.data.roles])];
    membership.employerPermissions = [...event.data.employerPermissions];
    recordMembershipGranted(em, membership);
  }

  @HandlesEvent(Events.joinRequestDeclined)
  async declined(event: EventEnvelope<typeof Events.joinRequestDeclined>, em: EntityManager): Promise<void> {
    const user = await this.user(em, event.data.userId);
    if (!user) return;
    const membership =
      user.membershipIn(event.data.institutionId) ??
      (await this.newMembership(em, user, event.data.institutionId, 'declined'));
    if (membership.status === 'pending') membership.status = 'declined';
  }

  /** The user with their memberships, read under a lock on the user: the three consumers take turns with them. */
  private async user(em: EntityManager, userId: string): Promise<User | null> {
    await em.execute('select pg_advisory_xact_lock(hashtextextended(?, 0))', [`memberships:${userId}`]);
    return em.findOne(User, { id: userId }, { populate: ['memberships'] });
  }

  /** The username defaults to the email; should someone at the institution already have it, to the user's id. */
  private async newMembership(
    em: EntityManager,
    user: User,
    institutionId: string,
    status: Membership['status'],
  ): Promise<Membership> {
    const taken = await em.count(Membership, { institutionId, usernameKey: usernameKey(user.email) });
    const membership = new Membership(user, institutionId, status, [], taken ? user.id : user.email);
    user.memberships.add(membership);
    em.persist(membership);
    return membership;
  }
}

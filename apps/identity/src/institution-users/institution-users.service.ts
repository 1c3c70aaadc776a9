import { EntityManager } from '@mikro-orm/postgresql';
import { keysetPage, SortKey } from '@careers/messaging';
import { containsPattern } from '@careers/persistence';
import { Injectable } from '@nestjs/common';
import { FilterQuery } from '@mikro-orm/core';
import {
  DeletePendingUserCommand,
  InstitutionUserReply,
  SearchUsersCommand,
  UpdateInstitutionUserCommand,
  UserPageReply,
} from '@careers/contracts';
import { ContactLinksService } from '../contact-links/contact-links.service';
import { EmailChangeService } from '../email-change/email-change.service';
import { InstitutionDirectory } from '../institutions/institution-directory';
import { Membership } from '../memberships/membership.entity';
import { membershipOf } from '../memberships/membership-placement';
import { emailKey } from '../users/email-key';
import { recordUserDeleted } from '../users/user-events';
import { User } from '../users/user.entity';
import { InstitutionUserReplies } from './institution-user-replies';
import { managedAloneBy } from './managed-accounts';
import {
  AccountNotManagedHere,
  InstitutionUserNotFound,
  NotAPendingAccount,
} from './institution-user-errors';

/**
 * By name, then by person: one membership a person in an institution, so the order is total. The cursor withholds the
 * name, which a private employer's profile hides from staff.
 */
const BY_NAME: SortKey[] = [
  { path: 'user.name', direction: 'asc', kind: 'text', withheld: true },
  { path: 'user.id', direction: 'asc', kind: 'uuid' },
];
const SELF_MADE_TYPES = ['student', 'alumni', 'employer'];

/** The people of one institution, as its staff see and manage them. */
@Injectable()
export class InstitutionUsersService {
  constructor(
    private readonly institutions: InstitutionDirectory,
    private readonly emailChanges: EmailChangeService,
    private readonly contactLinks: ContactLinksService,
    private readonly replies: InstitutionUserReplies,
  ) {}

  /**
   * Members of the institution by name or email, type, membership status and exclusion from sync files; sorted by
   * name, then id.
   */
  async search(em: EntityManager, query: SearchUsersCommand): Promise<UserPageReply> {
    await this.institutions.get(em, query.institutionId);
    const user: Record<string, unknown> = {};
    if (query.userType) user['userType'] = query.userType;
    if (query.email) user['emailKey'] = emailKey(query.email);
    if (query.q?.trim()) {
      const pattern = containsPattern(query.q.trim());
      user['$or'] = [{ name: { $ilike: pattern } }, { emailKey: { $ilike: pattern } }];
    }
    const where: Record<string, unknown> = {
      institutionId: query.institutionId,
      user,
      ...(query.status ? { status: query.status } : {}),
      ...(query.excludedFromSyncs === undefined ? {} : { excludedFromSyncs: query.excludedFromSyncs }),
    };
    if (query.q?.trim() || query.email) {
      // A private profile is not matched by what it hides: only employers who are contacts are found by name or email.
      where['$or'] = [
        { user: { userType: { $ne: 'employer' } } },
        { user: { id: { $in: this.contactLinks.linkedUsersQuery(em, query.institutionId) } } },
      ];
    }
    return keysetPage(
      em,
      {
        entity: Membership,
        where: where as FilterQuery<Membership>,
        populate: ['user'],
        order: BY_NAME,
        toItems: (memberships: Membership[]) =>
          this.replies.build(
            em,
            query.institutionId,
            memberships.map((membership) => ({ user: membership.user, membership })),
          ),
      },
      query,
    );
  }

  /** A member of the institution, or an employer who is one of its contacts without being a member. */
  async get(em: EntityManager, institutionId: string, userId: string): Promise<InstitutionUserReply> {
    const membership = await membershipOf(em, institutionId, userId);
    const user = membership?.user ?? (await em.findOne(User, { id: userId }));
    const visible =
      user &&
      user.userType !== 'platform_admin' &&
      (membership || (user.userType === 'employer' && (await this.isContact(em, institutionId, user.id))));
    if (!visible) throw new InstitutionUserNotFound(userId);
    return (await this.replies.build(em, institutionId, [{ user, membership }]))[0];
  }

  /**
   * Staff change a person's email: only of an account this institution alone manages (an account is shared by every
   * school it belongs to, so only the person moves the login of any other), only to an address no account uses, only
   * while marking the person excluded from the sync files (which carry the old address), and only once the person
   * confirms from the new address; the old address is told and can stop it.
   */
  async updateEmail(em: EntityManager, command: UpdateInstitutionUserCommand): Promise<InstitutionUserReply> {
    const membership = await this.membership(em, command.institutionId, command.userId);
    const user = membership.user;
    const account = { userType: user.userType, memberships: user.memberships.getItems() };
    if (!managedAloneBy(account, command.institutionId)) throw new AccountNotManagedHere();
    const institution = await this.institutions.get(em, command.institutionId);
    membership.excludedFromSyncs = command.excludedFromSyncs;
    await this.emailChanges.startWithLink(em, membership.user, command.email, command.actorId, institution);
    await em.flush();
    return (await this.replies.build(em, command.institutionId, [{ user: membership.user, membership }]))[0];
  }

  /**
   * Staff let the institution's sync files update the person again (seed 004: an email change excludes them, as the
   * files carry the old address). From then on a sync matches them like anyone else, by both email and username, so
   * the school's files must carry the email the person has now. Clearing a person not excluded changes nothing.
   */
  async clearSyncExclusion(
    em: EntityManager,
    institutionId: string,
    userId: string,
  ): Promise<InstitutionUserReply> {
    const membership = await this.membership(em, institutionId, userId);
    membership.excludedFromSyncs = false;
    await em.flush();
    return (await this.replies.build(em, institutionId, [{ user: membership.user, membership }]))[0];
  }

  /**
   * Staff delete an account that only ever asked to join this institution (rule 5: approve, decline or delete): a
   * self-made account whose one membership is a pending one here, or, while onboarding holds its pending join
   * request and the membership has not followed yet, none at all.
   */
  async deletePending(em: EntityManager, command: DeletePendingUserCommand): Promise<void> {
    const user = await em.findOne(User, { id: command.userId }, { populate: ['memberships'] });
    const here = user?.membershipIn(command.institutionId);
    if (!user || user.userType === 'platform_admin' || (!here && !command.joinRequestPending)) {
      throw new InstitutionUserNotFound(command.userId);
    }
    // Read from one load of the user: the pending membership may be made by the join request's event meanwhile.
    const elsewhere = user.memberships
      .getItems()
      .some((held) => held.institutionId !== command.institutionId);
    const pendingHere = here ? here.status === 'pending' : true;
    if (!pendingHere || elsewhere || !SELF_MADE_TYPES.includes(user.userType)) throw new NotAPendingAccount();
    recordUserDeleted(em, user);
    em.remove(user);
  }

  private async membership(em: EntityManager, institutionId: string, userId: string): Promise<Membership> {
    const membership = await membershipOf(em, institutionId, userId);
    if (!membership || membership.user.userType === 'platform_admin')
      throw new InstitutionUserNotFound(userId);
    return membership;
  }

  private async isContact(em: EntityManager, institutionId: string, userId: string): Promise<boolean> {
    return (await this.contactLinks.contactsAmong(em, institutionId, [userId])).has(userId);
  }
}

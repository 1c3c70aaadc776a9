import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { LockMode } from '@mikro-orm/core';
import {
  AddStaffCommand,
  ChangeStaffRoleCommand,
  InstitutionActorCommand,
  ListStaffCommand,
  STAFF_ROLES,
  StaffListReply,
  StaffMemberReply,
  StaffRole,
} from '@careers/contracts';
import { queueMail } from '@careers/mail';
import { issueToken } from '../credentials/one-time-tokens';
import { InstitutionDirectory } from '../institutions/institution-directory';
import { MailLinks } from '../mail/mail-links';
import { staffInvitationTemplate } from '../mail/templates/staff-invitation.template';
import { staffInvitedTemplate } from '../mail/templates/staff-invited.template';
import { recordMembershipGranted, recordMembershipRevoked } from '../memberships/membership-events';
import { Membership } from '../memberships/membership.entity';
import { membershipOf, placeInInstitution } from '../memberships/membership-placement';
import { EmailTaken } from '../users/user-errors';
import { User } from '../users/user.entity';
import { recordUserCreated } from '../users/user-events';
import { assertNoLookalike, lockLookalikes } from '../users/lookalike-emails';
import { findUserByEmail } from '../users/user-lookup';
import { lockAdministrators } from './administrators';
import {
  AlreadyStaff,
  LastAdministrator,
  StaffInvitationNotFound,
  StaffMemberNotFound,
} from './staff-errors';
import { staffPage } from './staff-page';

/**
 * An institution's career services staff: added by its administrators, who also change their roles and remove them.
 * Every change re-checks the actor's current role with the administrators locked, so two administrators demoting
 * or removing each other at once cannot leave the institution without one.
 */
@Injectable()
export class StaffService {
  constructor(
    private readonly institutions: InstitutionDirectory,
    private readonly links: MailLinks,
  ) {}

  /**
   * A new person gets an account and a single-use link to set a password. A career services user who already has an
   * account is invited: the membership waits, with no power, until they accept it themselves (nobody becomes staff of
   * a school without their own action). An email of any other kind of account is refused.
   */
  async add(em: EntityManager, command: AddStaffCommand): Promise<Membership> {
    const institution = await this.institutions.get(em, command.institutionId);
    await lockAdministrators(em, institution.id, command.actorId);
    await lockLookalikes(em, command.email);
    const existing = await findUserByEmail(em, command.email);
    if (existing && existing.userType !== 'career_services') throw new EmailTaken('email');
    if (existing) return this.invite(em, existing, institution.id, institution.name, command.role);
    await assertNoLookalike(em, command.email, 'email');
    const user = new User(command.email, command.name, 'career_services', 'active');
    em.persist(user);
    recordUserCreated(em, user);
    const membership = await placeInInstitution(em, user, institution.id, 'active', [command.role]);
    recordMembershipGranted(em, membership);
    const token = await issueToken(em, user, 'set_password');
    queueMail(em, user.email, staffInvitationTemplate, {
      name: user.name,
      institutionName: institution.name,
      link: this.links.setPassword(token),
    });
    return membership;
  }

  /** The person accepts an invitation to the staff: from now on their roles here count. */
  async acceptInvitation(em: EntityManager, institutionId: string, userId: string): Promise<Membership> {
    const membership = await this.invitation(em, institutionId, userId);
    membership.status = 'active';
    recordMembershipGranted(em, membership);
    return membership;
  }

  async declineInvitation(em: EntityManager, institutionId: string, userId: string): Promise<void> {
    const membership = await this.invitation(em, institutionId, userId);
    membership.user.memberships.remove(membership);
    em.remove(membership);
  }

  async list(em: EntityManager, query: ListStaffCommand): Promise<StaffListReply> {
    await this.institutions.get(em, query.institutionId);
    return staffPage(em, query);
  }

  async changeRole(em: EntityManager, command: ChangeStaffRoleCommand): Promise<Membership> {
    const administrators = await lockAdministrators(em, command.institutionId, command.actorId);
    const membership = await this.staffMembership(em, command.institutionId, command.userId);
    if (command.role !== 'career_services_admin') assertAnotherAdministrator(administrators, membership);
    membership.roles = [...membership.roles.filter((held) => !isStaffRole(held)), command.role];
    if (membership.isActive) recordMembershipGranted(em, membership);
    return membership;
  }

  /** Removes a staff member, or withdraws an invitation not accepted yet. */
  async remove(em: EntityManager, command: InstitutionActorCommand): Promise<void> {
    const administrators = await lockAdministrators(em, command.institutionId, command.actorId);
    const membership = await this.staffMembership(em, command.institutionId, command.userId);
    assertAnotherAdministrator(administrators, membership);
    if (membership.isActive) recordMembershipRevoked(em, membership);
    membership.user.memberships.remove(membership);
    em.remove(membership);
  }

  private async invite(
    em: EntityManager,
    user: User,
    institutionId: string,
    institutionName: string,
    role: StaffRole,
  ): Promise<Membership> {
    const current = user.membershipIn(institutionId);
    if (current?.isActive && staffRole(current)) throw new AlreadyStaff();
    const membership = await placeInInstitution(em, user, institutionId, 'pending', [role]);
    queueMail(em, user.email, staffInvitedTemplate, {
      name: user.name,
      institutionName,
      link: this.links.staffInvitations(),
    });
    return membership;
  }

  private async staffMembership(
    em: EntityManager,
    institutionId: string,
    userId: string,
  ): Promise<Membership> {
    const membership = await membershipOf(em, institutionId, userId);
    if (!membership || !staffRole(membership)) throw new StaffMemberNotFound(userId);
    return membership;
  }

  /** The person's invitation to the staff, locked so that accepting and declining it at once decide once. */
  private async invitation(em: EntityManager, institutionId: string, userId: string): Promise<Membership> {
    const membership = await em.findOne(
      Membership,
      { institutionId, user: userId, status: 'pending' },
      { lockMode: LockMode.PESSIMISTIC_WRITE, refresh: true },
    );
    if (!membership || !staffRole(membership)) throw new StaffInvitationNotFound(institutionId);
    await em.populate(membership, ['user', 'user.memberships']);
    return membership;
  }
}

/** The institution keeps an active administrator other than the one being demoted or removed. */
function assertAnotherAdministrator(administrators: Membership[], membership: Membership): void {
  const wasAdministrator = administrators.some((held) => held.id === membership.id);
  if (wasAdministrator && administrators.length === 1) throw new LastAdministrator();
}

function isStaffRole(role: string): role is StaffRole {
  return (STAFF_ROLES as readonly string[]).includes(role);
}

export function staffRole(membership: Membership): StaffRole | undefined {
  return membership.roles.find(isStaffRole);
}

export function toStaffMemberReply(membership: Membership): StaffMemberReply {
  const user = membership.user;
  return {
    userId: user.id,
    email: user.email,
    name: user.name,
    role: staffRole(membership) as StaffRole,
    accountStatus: user.status === 'disabled' ? 'disabled' : user.hasPassword ? 'active' : 'invited',
    membershipStatus: membership.status,
    addedAt: membership.createdAt.toISOString(),
  };
}

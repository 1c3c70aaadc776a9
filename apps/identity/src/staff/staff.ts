import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { AddStaffCommand, STAFF_ROLES, StaffMemberReply, StaffRole } from '@careers/contracts';
import { queueMail } from '@careers/mail';
import { issueToken } from '../credentials/one-time-tokens';
import { InstitutionDirectory } from '../institutions/institution-directory';
import { MailLinks } from '../mail/mail-links';
import { staffAddedTemplate } from '../mail/templates/staff-added.template';
import { staffInvitationTemplate } from '../mail/templates/staff-invitation.template';
import { recordMembershipGranted, recordMembershipRevoked } from '../memberships/membership-events';
import { Membership } from '../memberships/membership.entity';
import { membershipOf, placeInInstitution } from '../memberships/memberships';
import { EmailTaken } from '../users/email-taken.exception';
import { User } from '../users/user.entity';
import { recordUserCreated } from '../users/user-events';
import { findUserByEmail } from '../users/users';
import { AlreadyStaff, LastAdministrator, StaffMemberNotFound } from './staff-errors';

/** An institution's career services staff: added by its administrators, who also change their roles and remove them. */
@Injectable()
export class Staff {
  constructor(
    private readonly institutions: InstitutionDirectory,
    private readonly links: MailLinks,
  ) {}

  /**
   * A new person gets an account and a single-use link to set a password; a career services user who already has
   * an account is added to this institution too. An email of any other kind of account is refused.
   */
  async add(em: EntityManager, command: AddStaffCommand): Promise<Membership> {
    const institution = await this.institutions.get(em, command.institutionId);
    const existing = await findUserByEmail(em, command.email);
    if (existing && existing.userType !== 'career_services') throw new EmailTaken('email');
    const current = existing?.membershipIn(institution.id);
    if (current && staffRole(current)) throw new AlreadyStaff();
    const user = existing ?? new User(command.email, command.name, 'career_services', 'active');
    if (!existing) {
      em.persist(user);
      recordUserCreated(em, user);
    }
    const membership = await placeInInstitution(em, user, institution.id, 'active', [command.role]);
    recordMembershipGranted(em, membership);
    if (existing) {
      queueMail(em, user.email, staffAddedTemplate, {
        name: user.name,
        institutionName: institution.name,
        loginLink: this.links.login(),
      });
    } else {
      const token = await issueToken(em, user, 'set_password');
      queueMail(em, user.email, staffInvitationTemplate, {
        name: user.name,
        institutionName: institution.name,
        link: this.links.setPassword(token),
      });
    }
    return membership;
  }

  async list(em: EntityManager, institutionId: string): Promise<Membership[]> {
    await this.institutions.get(em, institutionId);
    return em.find(
      Membership,
      { institutionId, roles: { $overlap: [...STAFF_ROLES] } },
      { populate: ['user'], orderBy: { user: { name: 'asc' }, id: 'asc' } },
    );
  }

  async changeRole(
    em: EntityManager,
    institutionId: string,
    userId: string,
    role: StaffRole,
  ): Promise<Membership> {
    const membership = await this.staffMembership(em, institutionId, userId);
    if (staffRole(membership) === 'career_services_admin' && role !== 'career_services_admin') {
      await this.assertAnotherAdministrator(em, membership);
    }
    membership.roles = [...membership.roles.filter((held) => !isStaffRole(held)), role];
    recordMembershipGranted(em, membership);
    return membership;
  }

  async remove(em: EntityManager, institutionId: string, userId: string): Promise<void> {
    const membership = await this.staffMembership(em, institutionId, userId);
    if (staffRole(membership) === 'career_services_admin')
      await this.assertAnotherAdministrator(em, membership);
    recordMembershipRevoked(em, membership);
    membership.user.memberships.remove(membership);
    em.remove(membership);
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

  private async assertAnotherAdministrator(em: EntityManager, membership: Membership): Promise<void> {
    const administrators = await em.count(Membership, {
      institutionId: membership.institutionId,
      status: 'active',
      roles: { $contains: ['career_services_admin'] },
      id: { $ne: membership.id },
    });
    if (administrators === 0) throw new LastAdministrator();
  }
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

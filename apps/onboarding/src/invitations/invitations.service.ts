import { LockMode, OptimisticLockError } from '@mikro-orm/core';
import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import {
  AcceptInvitationCommand,
  Events,
  IdentitySubjects,
  InvitationAcceptedReply,
  InvitationReply,
  UserReply,
} from '@careers/contracts';
import { recordEvent, ServiceClient } from '@careers/messaging';
import { JoinRequestsService } from '../join-requests/join-requests.service';
import { People } from '../join-requests/people';
import { Invitation } from './invitation.entity';
import {
  InvitationExpired,
  InvitationForAnotherAccount,
  InvitationNeedsLogin,
  InvitationNotFound,
  InvitationRevoked,
  InvitationUsed,
  NewAccountFieldsMissing,
} from './invitation-errors';
import { invitationDigest, InvitationMailer } from './invitation-mailer';

/** What an invitation's link leads to: see it, accept it; and staff resend or revoke it. */
@Injectable()
export class InvitationsService {
  constructor(
    private readonly people: People,
    private readonly services: ServiceClient,
    private readonly joinRequests: JoinRequestsService,
    private readonly mailer: InvitationMailer,
  ) {}

  async get(em: EntityManager, token: string): Promise<InvitationReply> {
    const invitation = await this.usable(em, token);
    const institution = await this.people.institution(invitation.institutionId);
    return {
      id: invitation.id,
      institution: { id: institution.id, name: institution.name },
      email: invitation.email,
      outcome: invitation.outcome,
      accept: invitation.outcome === 'no_account' ? 'create_account' : 'connect',
      expiresAt: invitation.expiresAt.toISOString(),
    };
  }

  /**
   * Someone without an account gives a name and a password: an employer account is made (the link proved the email)
   * and asks to connect. Someone with an account accepts while logged in as the invited email. Either way the
   * contact is linked (by email) and the invitation is used up. The invitation stays locked until then: the same
   * link accepted again at that moment waits, and finds it used.
   */
  accept(em: EntityManager, command: AcceptInvitationCommand): Promise<InvitationAcceptedReply> {
    return em.transactional((tx) => this.acceptLocked(tx, command));
  }

  private async acceptLocked(
    em: EntityManager,
    command: AcceptInvitationCommand,
  ): Promise<InvitationAcceptedReply> {
    const invitation = await this.usable(em, command.token, LockMode.PESSIMISTIC_WRITE);
    const { user, accountCreated } = await this.acceptingUser(invitation, command);
    invitation.accept(user.id, accountCreated);
    recordEvent(em, Events.invitationAccepted, {
      invitationId: invitation.id,
      institutionId: invitation.institutionId,
      bulkInviteId: invitation.bulkInviteId,
      contactId: invitation.contactId,
      userId: user.id,
      accountCreated,
    });
    try {
      // The join request's flush stores the invitation's acceptance with it.
      const joinRequest = await this.joinRequests.create(
        em,
        { institutionId: invitation.institutionId, userId: user.id },
        invitation.id,
      );
      return { userId: user.id, joinRequest };
    } catch (error) {
      if (error instanceof OptimisticLockError) throw new InvitationUsed();
      throw error;
    }
  }

  async resend(em: EntityManager, institutionId: string, invitationId: string): Promise<void> {
    const invitation = await em.findOne(Invitation, { id: invitationId, institutionId });
    if (!invitation) throw new InvitationNotFound();
    if (invitation.acceptedAt) throw new InvitationUsed();
    if (invitation.revokedAt) throw new InvitationRevoked();
    const institution = await this.people.institution(institutionId);
    this.mailer.mail(em, invitation, institution.name);
    await em.flush();
  }

  async revoke(em: EntityManager, institutionId: string, invitationId: string): Promise<void> {
    const invitation = await em.findOne(Invitation, { id: invitationId, institutionId });
    if (!invitation) throw new InvitationNotFound();
    if (invitation.acceptedAt) throw new InvitationUsed();
    invitation.revokedAt ??= new Date();
    await em.flush();
  }

  private async acceptingUser(
    invitation: Invitation,
    command: AcceptInvitationCommand,
  ): Promise<{ user: UserReply; accountCreated: boolean }> {
    if (command.callerId) {
      const user = await this.people.user(command.callerId);
      if (user.email.toLowerCase() !== invitation.email.toLowerCase())
        throw new InvitationForAnotherAccount();
      return { user, accountCreated: false };
    }
    if (invitation.outcome !== 'no_account') throw new InvitationNeedsLogin();
    const missing = (['name', 'password'] as const).filter((field) => !command[field]);
    if (missing.length > 0) throw new NewAccountFieldsMissing([...missing]);
    const user = await this.services.request(IdentitySubjects.createInvitedEmployer, {
      email: invitation.email,
      name: command.name as string,
      password: command.password as string,
    });
    return { user, accountCreated: true };
  }

  /** The invitation of a link that still works; otherwise the clear reason why not. */
  private async usable(em: EntityManager, token: string, lockMode?: LockMode): Promise<Invitation> {
    const invitation = await em.findOne(Invitation, { tokenDigest: invitationDigest(token) }, { lockMode });
    if (!invitation) throw new InvitationNotFound();
    if (invitation.acceptedAt) throw new InvitationUsed();
    if (invitation.revokedAt) throw new InvitationRevoked();
    if (invitation.expiresAt.getTime() <= Date.now()) throw new InvitationExpired();
    return invitation;
  }
}

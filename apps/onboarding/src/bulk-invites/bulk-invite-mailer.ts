import { LockMode, MikroORM } from '@mikro-orm/core';
import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable, Logger } from '@nestjs/common';
import { Events, InstitutionSettingsReply, MAILED_OUTCOMES, MailedOutcome } from '@careers/contracts';
import { MailDispatcher, MailMessage, queueMails } from '@careers/mail';
import { recordEvent } from '@careers/messaging';
import { LoopedWork, executeBound } from '@careers/persistence';
import { Invitation } from '../invitations/invitation.entity';
import { InvitationMailer } from '../invitations/invitation-mailer';
import { JoinRequest } from '../join-requests/join-request.entity';
import { JoinRequestDecisions } from '../join-requests/join-request-decisions';
import { People } from '../join-requests/people';
import { BulkInviteRecipient } from './bulk-invite-recipient.entity';
import { BulkInvite } from './bulk-invite.entity';

const BATCH = 250;
const IDLE_POLL_MS = 1000;
const RETRY_MS = 2000;

/**
 * Sends the invitations of bulk invites being sent, a batch of recipients per transaction: each recipient's
 * invitation, its email (into the mail queue) and the mark that it was emailed are committed together, so a
 * restart or a crash resends nothing and loses nothing. Replicas share the work (rows claimed with SKIP LOCKED).
 */
@Injectable()
export class BulkInviteMailer extends LoopedWork {
  private readonly logger = new Logger(BulkInviteMailer.name);

  constructor(
    private readonly orm: MikroORM,
    private readonly invitations: InvitationMailer,
    private readonly people: People,
    private readonly decisions: JoinRequestDecisions,
    private readonly mail: MailDispatcher,
  ) {
    super();
  }

  protected async step(): Promise<number> {
    try {
      const invite = await (this.orm.em as EntityManager).fork().findOne(
        BulkInvite,
        { status: 'sending' },
        {
          orderBy: { sentAt: 'asc' },
        },
      );
      if (!invite) return IDLE_POLL_MS;
      const [institution, settings] = await Promise.all([
        this.people.institution(invite.institutionId),
        this.people.settings(invite.institutionId),
      ]);
      await this.sendBatch(invite.id, institution.name, settings);
      this.mail.wake();
      return 0;
    } catch (error) {
      this.logger.error({ err: error }, 'Sending a batch of invitations failed; will retry');
      return RETRY_MS;
    }
  }

  private async sendBatch(bulkInviteId: string, institutionName: string, settings: InstitutionSettingsReply) {
    await (this.orm.em as EntityManager).fork().transactional(async (em) => {
      const invite = await em.findOneOrFail(
        BulkInvite,
        { id: bulkInviteId },
        { lockMode: LockMode.PESSIMISTIC_WRITE },
      );
      if (invite.status !== 'sending') return;
      const recipients = await em.find(
        BulkInviteRecipient,
        { bulkInviteId, emailedAt: null, outcome: { $in: [...MAILED_OUTCOMES] } },
        { limit: BATCH, orderBy: { contactId: 'asc' }, disableIdentityMap: true },
      );
      const invitations: Invitation[] = [];
      const mails: MailMessage[] = [];
      for (const recipient of recipients) {
        const invitation = new Invitation({
          institutionId: invite.institutionId,
          bulkInviteId: invite.id,
          contactId: recipient.contactId,
          email: recipient.email,
          firstName: recipient.firstName,
          outcome: recipient.outcome as MailedOutcome,
        });
        mails.push(this.invitations.prepare(invitation, institutionName));
        invitations.push(invitation);
        if (invitation.outcome === 'account_with_company' && recipient.userId) {
          await this.requestConnection(
            em,
            invitation,
            recipient,
            recipient.userId,
            settings,
            institutionName,
          );
        }
      }
      // A batch is a few statements, not a few per recipient: the rows go in set-based.
      await em.insertMany(Invitation, invitations);
      await queueMails(em, mails);
      await markEmailed(em, bulkInviteId, invitations);
      invite.emailed += recipients.length;
      if (recipients.length < BATCH) invite.status = 'sent';
    });
  }

  /** The employer's account is tied to a company: the school is added for them as a connection request. */
  private async requestConnection(
    em: EntityManager,
    invitation: Invitation,
    recipient: BulkInviteRecipient,
    userId: string,
    settings: InstitutionSettingsReply,
    institutionName: string,
  ): Promise<void> {
    const pending = await em.count(JoinRequest, {
      institutionId: invitation.institutionId,
      userId,
      status: 'pending',
    });
    if (pending > 0) return;
    const name = `${recipient.firstName} ${recipient.lastName}`;
    const request = new JoinRequest(
      invitation.institutionId,
      { userId, name, email: recipient.email, userType: 'employer' },
      'employer',
      invitation.id,
    );
    invitation.accept(userId, false);
    em.persist(request);
    recordEvent(em, Events.joinRequestCreated, {
      requestId: request.id,
      institutionId: request.institutionId,
      userId,
      kind: 'employer',
      source: 'invitation',
      email: request.requesterEmail,
      name: request.requesterName,
    });
    recordEvent(em, Events.invitationAccepted, {
      invitationId: invitation.id,
      institutionId: invitation.institutionId,
      bulkInviteId: invitation.bulkInviteId,
      contactId: invitation.contactId,
      userId,
      accountCreated: false,
    });
    if (settings.employerApproval?.approval === 'automatic') {
      this.decisions.recordApprovalFor(em, request, null, settings, {
        name,
        email: recipient.email,
        institutionName,
      });
    }
  }
}

async function markEmailed(
  em: EntityManager,
  bulkInviteId: string,
  invitations: Invitation[],
): Promise<void> {
  if (invitations.length === 0) return;
  await executeBound(
    em,
    `update "${em.config.get('schema')}"."bulk_invite_recipient" r
        set "invitation_id" = i."invitation_id", "emailed_at" = now()
       from json_to_recordset(?::json) as i("contact_id" uuid, "invitation_id" uuid)
      where r."bulk_invite_id" = ? and r."contact_id" = i."contact_id"`,
    [
      JSON.stringify(invitations.map((item) => ({ contact_id: item.contactId, invitation_id: item.id }))),
      bulkInviteId,
    ],
  );
}

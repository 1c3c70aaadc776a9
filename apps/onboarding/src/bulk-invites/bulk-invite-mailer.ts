import { LockMode } from '@mikro-orm/core';
import { EntityManager, MikroORM } from '@mikro-orm/postgresql';
import { Injectable, Logger } from '@nestjs/common';
import {
  Events,
  InstitutionSettingsReply,
  InviteOutcome,
  MAILED_OUTCOMES,
  MailedOutcome,
} from '@careers/contracts';
import { MailDispatcher, MailMessage, queueMails } from '@careers/mail';
import { recordEvent } from '@careers/messaging';
import { PolledWork } from '@careers/persistence';
import { Invitation } from '../invitations/invitation.entity';
import { InvitationMailer } from '../invitations/invitation-mailer';
import { JoinRequest } from '../join-requests/join-request.entity';
import { JoinRequestDecisions } from '../join-requests/join-request-decisions';
import { People } from '../join-requests/people';
import { BulkInviteRecipient } from './bulk-invite-recipient.entity';
import { BulkInvite } from './bulk-invite.entity';
import { demographicsOf, InviteAudience, RecipientFields } from './invite-audience';

const BATCH = 250;

/**
 * Sends the invitations of bulk invites being sent, a batch of recipients per transaction. Each recipient is
 * classified again first (a contact archived, or an employer connected, declined or asking since the draft gets no
 * mail), then its outcome, its invitation, its email (into the mail queue) and the mark that it was emailed are
 * committed together, so a restart or a crash resends nothing and loses nothing; the invite's demographics become the
 * outcomes as sent. Replicas share the work (the invite's row is locked while a batch is written).
 */
@Injectable()
export class BulkInviteMailer extends PolledWork {
  protected readonly logger = new Logger(BulkInviteMailer.name);
  protected readonly roundFailed = 'Sending a batch of invitations failed; will retry';

  constructor(
    private readonly orm: MikroORM,
    private readonly invitations: InvitationMailer,
    private readonly people: People,
    private readonly audience: InviteAudience,
    private readonly decisions: JoinRequestDecisions,
    private readonly mail: MailDispatcher,
  ) {
    super();
  }

  /** Sends the next batch of the invite being sent longest, if one is being sent. */
  protected async round(): Promise<boolean> {
    const em = this.orm.em.fork();
    const invite = await em.findOne(BulkInvite, { status: 'sending' }, { orderBy: { sentAt: 'asc' } });
    if (!invite) return false;
    const batch = await em.find(
      BulkInviteRecipient,
      { bulkInviteId: invite.id, classifiedAt: null },
      { limit: BATCH, orderBy: { contactId: 'asc' }, fields: ['contactId'] },
    );
    // Asked before the transaction: no row stays locked while other services answer.
    const [institution, settings, current] = await Promise.all([
      this.people.institution(invite.institutionId),
      this.people.settings(invite.institutionId),
      this.audience.now(
        invite.institutionId,
        batch.map((recipient) => recipient.contactId),
      ),
    ]);
    await this.sendBatch(invite.id, institution.name, settings, current);
    this.mail.wake();
    return true;
  }

  private async sendBatch(
    bulkInviteId: string,
    institutionName: string,
    settings: InstitutionSettingsReply,
    current: Map<string, RecipientFields>,
  ) {
    await this.orm.em.fork().transactional(async (em) => {
      const invite = await em.findOneOrFail(
        BulkInvite,
        { id: bulkInviteId },
        { lockMode: LockMode.PESSIMISTIC_WRITE },
      );
      if (invite.status !== 'sending') return;
      const recipients = await em.find(BulkInviteRecipient, {
        bulkInviteId,
        classifiedAt: null,
        contactId: { $in: [...current.keys()] },
      });
      const invitations: Invitation[] = [];
      const mails: MailMessage[] = [];
      for (const recipient of recipients) {
        reclassify(recipient, current.get(recipient.contactId));
        if (!isMailed(recipient.outcome)) continue;
        const invitation = new Invitation({
          institutionId: invite.institutionId,
          bulkInviteId: invite.id,
          contactId: recipient.contactId,
          email: recipient.email,
          firstName: recipient.firstName,
          outcome: recipient.outcome,
        });
        mails.push(this.invitations.prepare(invitation, institutionName));
        invitations.push(invitation);
        recipient.invitationId = invitation.id;
        recipient.emailedAt = new Date();
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
      await em.flush();
      invite.emailed += invitations.length;
      invite.demographics = demographicsOf(await outcomesSoFar(em, bulkInviteId));
      if ((await em.count(BulkInviteRecipient, { bulkInviteId, classifiedAt: null })) === 0)
        invite.status = 'sent';
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

/** The recipient as it is now; one no longer in the address book is classified as archived. */
function reclassify(recipient: BulkInviteRecipient, now: RecipientFields | undefined): void {
  Object.assign(recipient, now ?? { outcome: null, notInvitable: 'archived' }, { classifiedAt: new Date() });
}

function isMailed(outcome: InviteOutcome | null): outcome is MailedOutcome {
  return (MAILED_OUTCOMES as readonly string[]).includes(outcome ?? '');
}

/** The invite's recipients counted by outcome: as sent where their batch went, as drafted where not yet. */
async function outcomesSoFar(
  em: EntityManager,
  bulkInviteId: string,
): Promise<Array<Pick<RecipientFields, 'outcome' | 'notInvitable'> & { count: number }>> {
  return em.execute(
    `select outcome, not_invitable as "notInvitable", count(*)::int as count
       from "${em.config.get('schema')}"."bulk_invite_recipient"
      where bulk_invite_id = ? group by outcome, not_invitable`,
    [bulkInviteId],
  );
}

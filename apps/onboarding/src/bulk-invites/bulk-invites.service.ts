import { executeBound } from '@careers/persistence';
import { LockMode } from '@mikro-orm/core';
import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import {
  BulkInvitePageReply,
  BulkInviteRecipientPageReply,
  BulkInviteRecipientReply,
  BulkInviteReply,
  CreateBulkInviteCommand,
  EmployerActions,
  Events,
  ListBulkInviteRecipientsCommand,
  ListBulkInvitesCommand,
  SendBulkInviteCommand,
} from '@careers/contracts';
import { keysetPage, NEWEST_FIRST, recordEvent, SortKey, userName, userNames } from '@careers/messaging';
import { Invitation } from '../invitations/invitation.entity';
import { People } from '../join-requests/people';
import { BulkInviteRecipient } from './bulk-invite-recipient.entity';
import { BulkInvite } from './bulk-invite.entity';
import {
  ApprovalDefaultsMissing,
  BulkInviteAlreadySent,
  BulkInviteNotFound,
  SelectionMissing,
  SentBulkInviteKept,
} from './bulk-invite-errors';
import { BulkInviteMailer } from './bulk-invite-mailer';
import { InviteAudience, RecipientFields } from './invite-audience';

/** By name; a contact is once in an invite, so the order is total. */
const BY_NAME: SortKey[] = [
  { path: 'lastName', direction: 'asc', kind: 'text' },
  { path: 'firstName', direction: 'asc', kind: 'text' },
  { path: 'contactId', direction: 'asc', kind: 'uuid' },
];
const INSERT_BATCH = 10_000;

/** Drafts, lists and sends bulk invites of an institution's employer contacts. */
@Injectable()
export class BulkInvitesService {
  constructor(
    private readonly people: People,
    private readonly audience: InviteAudience,
    private readonly mailer: BulkInviteMailer,
  ) {}

  /** A draft with its demographics; nothing is sent yet. */
  async create(em: EntityManager, command: CreateBulkInviteCommand): Promise<BulkInviteReply> {
    if (command.contactIds && command.filter)
      throw new SelectionMissing('give contactIds or a filter, not both');
    if (!command.filter && !command.contactIds?.length) {
      throw new SelectionMissing('choose the contacts to invite (contactIds) or give a filter');
    }
    const settings = await this.people.settings(command.institutionId);
    if (!settings.employerApproval) throw new ApprovalDefaultsMissing(command.institutionId);
    const selection = command.contactIds ? { contactIds: command.contactIds } : { filter: command.filter };
    const { recipients, demographics } = await this.audience.of(command.institutionId, selection);
    const invite = new BulkInvite(command.institutionId, selection, demographics, command.actorId);
    await em.transactional(async (tx) => {
      tx.persist(invite);
      await tx.flush();
      for (let start = 0; start < recipients.length; start += INSERT_BATCH) {
        await insertRecipients(tx, invite.id, recipients.slice(start, start + INSERT_BATCH));
      }
    });
    return this.reply(em, invite);
  }

  async list(em: EntityManager, query: ListBulkInvitesCommand): Promise<BulkInvitePageReply> {
    return keysetPage(
      em,
      {
        entity: BulkInvite,
        where: { institutionId: query.institutionId },
        order: NEWEST_FIRST,
        toItems: async (invites: BulkInvite[]) => {
          const names = await userNames(
            em,
            invites.map((invite) => invite.createdBy),
          );
          return Promise.all(invites.map((invite) => this.reply(em, invite, names)));
        },
      },
      query,
    );
  }

  async get(em: EntityManager, institutionId: string, inviteId: string): Promise<BulkInviteReply> {
    return this.reply(em, await this.find(em, institutionId, inviteId));
  }

  /**
   * Starts sending in the background and answers at once. Sending again with the same `Idempotency-Key` answers as
   * the first call; without it, or with another, a sent invite is a 409.
   */
  async send(em: EntityManager, command: SendBulkInviteCommand): Promise<BulkInviteReply> {
    const invite = await em.transactional(async (tx) => {
      const locked = await this.find(tx, command.institutionId, command.inviteId, true);
      if (locked.status !== 'draft') {
        if (command.idempotencyKey && locked.sendKey === command.idempotencyKey) return locked;
        throw new BulkInviteAlreadySent(locked.sentAt);
      }
      // Even a draft that mails no one is sent through the mailer: its recipients are classified again as it sends.
      locked.status = 'sending';
      locked.sentAt = new Date();
      locked.sentBy = command.actorId;
      locked.sendKey = command.idempotencyKey ?? null;
      recordEvent(tx, Events.bulkInviteSent, {
        bulkInviteId: locked.id,
        institutionId: locked.institutionId,
        emails: locked.demographics.emails,
      });
      return locked;
    });
    this.mailer.wake();
    return this.reply(em, invite);
  }

  /**
   * A draft is discarded with its recipients; a sent invite (or one sending) stays, a 409. A discard and a send of
   * the same draft at once: the first to lock it wins, the other finds it gone (404) or sent (409).
   */
  async discard(em: EntityManager, institutionId: string, inviteId: string): Promise<void> {
    await em.transactional(async (tx) => {
      const locked = await this.find(tx, institutionId, inviteId, true);
      if (locked.status !== 'draft') throw new SentBulkInviteKept(locked.sentAt);
      // Its recipients go with it (on delete cascade).
      tx.remove(locked);
    });
  }

  /** The invite's contacts by name, each with its outcome (as sent, once sent) and the invitation it was emailed. */
  async recipients(
    em: EntityManager,
    query: ListBulkInviteRecipientsCommand,
  ): Promise<BulkInviteRecipientPageReply> {
    await this.find(em, query.institutionId, query.inviteId);
    return keysetPage(
      em,
      {
        entity: BulkInviteRecipient,
        where: { bulkInviteId: query.inviteId },
        order: BY_NAME,
        toItems: (recipients: BulkInviteRecipient[]) => this.recipientReplies(em, recipients),
      },
      query,
    );
  }

  /** Each recipient with the invitation it was emailed. */
  private async recipientReplies(
    em: EntityManager,
    recipients: BulkInviteRecipient[],
  ): Promise<BulkInviteRecipientReply[]> {
    const invitationIds = recipients.flatMap((recipient) =>
      recipient.invitationId ? [recipient.invitationId] : [],
    );
    const invitations = new Map(
      (invitationIds.length ? await em.find(Invitation, { id: { $in: invitationIds } }) : []).map(
        (invitation) => [invitation.id, invitation],
      ),
    );
    return recipients.map((recipient) => {
      const invitation = recipient.invitationId ? invitations.get(recipient.invitationId) : undefined;
      return {
        contactId: recipient.contactId,
        email: recipient.email,
        firstName: recipient.firstName,
        lastName: recipient.lastName,
        outcome: recipient.outcome,
        notInvitable: recipient.notInvitable,
        emailedAt: recipient.emailedAt?.toISOString() ?? null,
        invitation: invitation
          ? { id: invitation.id, state: invitation.state, expiresAt: invitation.expiresAt.toISOString() }
          : null,
      };
    });
  }

  private async find(
    em: EntityManager,
    institutionId: string,
    inviteId: string,
    lock = false,
  ): Promise<BulkInvite> {
    const invite = await em.findOne(
      BulkInvite,
      { id: inviteId, institutionId },
      lock ? { lockMode: LockMode.PESSIMISTIC_WRITE } : {},
    );
    if (!invite) throw new BulkInviteNotFound(inviteId);
    return invite;
  }

  /** `names`: of the people the invite mentions, when a page of invites has read them together. */
  private async reply(
    em: EntityManager,
    invite: BulkInvite,
    names?: Map<string, string>,
  ): Promise<BulkInviteReply> {
    const createdByName = names
      ? (names.get(invite.createdBy) ?? null)
      : await userName(em, invite.createdBy);
    return {
      id: invite.id,
      institutionId: invite.institutionId,
      status: invite.status,
      demographics: invite.demographics,
      progress: { emailed: invite.emailed, total: invite.demographics.emails },
      employerActions: await this.employerActions(em, invite.id),
      createdBy: invite.createdBy,
      createdByName,
      createdAt: invite.createdAt.toISOString(),
      sentAt: invite.sentAt?.toISOString() ?? null,
    };
  }

  /** What employers did since: read from the invitations and the join requests they led to, so always current. */
  private async employerActions(em: EntityManager, bulkInviteId: string): Promise<EmployerActions> {
    const schema = em.config.get('schema') as string;
    const [row] = await em.execute<Array<{ accounts: number; requests: number; approvals: number }>>(
      `select count(*) filter (where i.account_created)::int as accounts,
              count(j.id)::int as requests,
              count(j.id) filter (where j.status = 'approved')::int as approvals
         from "${schema}"."invitation" i
         left join "${schema}"."join_request" j on j.invitation_id = i.id
        where i.bulk_invite_id = ?`,
      [bulkInviteId],
    );
    return { accountsCreated: row.accounts, connectionRequests: row.requests, approvals: row.approvals };
  }
}

/** A batch of recipients in one statement: the batch travels as one JSON parameter, expanded by the database. */
async function insertRecipients(
  em: EntityManager,
  bulkInviteId: string,
  recipients: RecipientFields[],
): Promise<void> {
  await executeBound(
    em,
    `insert into "${em.config.get('schema')}"."bulk_invite_recipient"
       ("bulk_invite_id", "contact_id", "email", "first_name", "last_name", "outcome", "not_invitable", "user_id")
     select ?, r."contactId", r."email", r."firstName", r."lastName", r."outcome", r."notInvitable", r."userId"
       from json_to_recordset(?::json) as r("contactId" uuid, "email" text, "firstName" text, "lastName" text,
                                               "outcome" text, "notInvitable" text, "userId" uuid)`,
    [bulkInviteId, JSON.stringify(recipients)],
  );
}

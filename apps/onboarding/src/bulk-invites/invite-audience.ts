import { Injectable } from '@nestjs/common';
import {
  ContactSummary,
  DirectorySubjects,
  IdentitySubjects,
  INVITE_OUTCOMES,
  InviteDemographics,
  InviteOutcome,
  MAILED_OUTCOMES,
  NOT_INVITABLE_REASONS,
  NotInvitableReason,
  RESOLVE_BATCH_MAX,
  UserConnectionReply,
} from '@careers/contracts';
import { ServiceClient } from '@careers/messaging';
import type { BulkInviteRecipient } from './bulk-invite-recipient.entity';
import type { BulkInviteSelection } from './bulk-invite.entity';
import { NoContactsChosen, UnknownContacts } from './bulk-invite-errors';

export type RecipientFields = Omit<
  BulkInviteRecipient,
  'bulkInviteId' | 'invitationId' | 'emailedAt' | 'classifiedAt'
>;

export interface InviteAudienceReply {
  recipients: RecipientFields[];
  demographics: InviteDemographics;
}

/**
 * Who a bulk invite reaches and what each contact gets, from directory (the contacts, their companies) and identity
 * (the linked accounts and their place in the institution), asked in batches.
 */
@Injectable()
export class InviteAudience {
  constructor(private readonly services: ServiceClient) {}

  async of(institutionId: string, selection: BulkInviteSelection): Promise<InviteAudienceReply> {
    const contacts = selection.contactIds
      ? await this.chosen(institutionId, selection.contactIds)
      : await this.matching(institutionId, selection);
    const recipients = await this.classified(institutionId, contacts);
    return { recipients, demographics: demographicsOf(recipients) };
  }

  /**
   * These contacts as they are now, each with what it gets now: a bulk invite classifies its recipients again when it
   * sends. A contact no longer in the address book is classified as archived.
   */
  async now(institutionId: string, contactIds: string[]): Promise<Map<string, RecipientFields>> {
    const recipients = await this.classified(institutionId, await this.resolved(institutionId, contactIds));
    return new Map(recipients.map((recipient) => [recipient.contactId, recipient]));
  }

  private async classified(institutionId: string, contacts: ContactSummary[]): Promise<RecipientFields[]> {
    const userIds = [
      ...new Set(contacts.flatMap((contact) => (contact.linkedUserId ? [contact.linkedUserId] : []))),
    ];
    const [connections, companies] = await Promise.all([
      this.connections(institutionId, userIds),
      this.companyStaff(userIds),
    ]);
    return contacts.map((contact) => ({
      contactId: contact.id,
      email: contact.email,
      firstName: contact.firstName,
      lastName: contact.lastName,
      userId: contact.linkedUserId,
      ...classify(contact, connections, companies),
    }));
  }

  private async chosen(institutionId: string, contactIds: string[]): Promise<ContactSummary[]> {
    const found = await this.resolved(institutionId, contactIds);
    const known = new Set(found.map((contact) => contact.id));
    const unknown = contactIds.filter((id) => !known.has(id));
    if (unknown.length > 0) throw new UnknownContacts(unknown);
    return found;
  }

  /** The institution's contacts among these ids; the others are left out. */
  private async resolved(institutionId: string, contactIds: string[]): Promise<ContactSummary[]> {
    const found: ContactSummary[] = [];
    for (const batch of chunks(contactIds, RESOLVE_BATCH_MAX)) {
      // A reply holds fewer than asked when more would not fit in one message; `next` goes on from there.
      let after: string | undefined;
      do {
        const reply = await this.services.request(DirectorySubjects.resolveContacts, {
          institutionId,
          contactIds: batch,
          limit: RESOLVE_BATCH_MAX,
          ...(after ? { after } : {}),
        });
        found.push(...reply.items);
        after = reply.next ?? undefined;
      } while (after);
    }
    return found;
  }

  private async matching(institutionId: string, selection: BulkInviteSelection): Promise<ContactSummary[]> {
    const found: ContactSummary[] = [];
    let after: string | undefined;
    do {
      const reply = await this.services.request(DirectorySubjects.resolveContacts, {
        institutionId,
        filter: selection.filter ?? {},
        limit: RESOLVE_BATCH_MAX,
        ...(after ? { after } : {}),
      });
      found.push(...reply.items);
      after = reply.next ?? undefined;
    } while (after);
    if (found.length === 0) throw new NoContactsChosen('The filter matches no contacts.');
    return found;
  }

  private async connections(
    institutionId: string,
    userIds: string[],
  ): Promise<Map<string, UserConnectionReply>> {
    const found = new Map<string, UserConnectionReply>();
    for (const batch of chunks(userIds, RESOLVE_BATCH_MAX)) {
      const reply = await this.services.request(IdentitySubjects.userConnections, {
        institutionId,
        userIds: batch,
      });
      for (const item of reply.items) found.set(item.userId, item);
    }
    return found;
  }

  private async companyStaff(userIds: string[]): Promise<Set<string>> {
    const found = new Set<string>();
    for (const batch of chunks(userIds, RESOLVE_BATCH_MAX)) {
      const reply = await this.services.request(DirectorySubjects.companyStaffOfUsers, { userIds: batch });
      for (const item of reply.items) found.add(item.userId);
    }
    return found;
  }
}

function classify(
  contact: ContactSummary,
  connections: Map<string, UserConnectionReply>,
  companyStaff: Set<string>,
): { outcome: InviteOutcome | null; notInvitable: NotInvitableReason | null } {
  const refuse = (reason: NotInvitableReason) => ({ outcome: null, notInvitable: reason });
  const invite = (outcome: InviteOutcome) => ({ outcome, notInvitable: null });
  if (contact.archived) return refuse('archived');
  const connection = contact.linkedUserId ? connections.get(contact.linkedUserId) : undefined;
  // A link to an account identity no longer knows (deleted a moment ago) is no account.
  if (!connection) return invite('no_account');
  if (connection.userType !== 'employer') return refuse('not_an_employer');
  if (connection.membershipStatus === 'active') return invite('already_connected');
  if (connection.membershipStatus === 'pending') return refuse('request_pending');
  if (connection.membershipStatus === 'declined') return refuse('declined_before');
  return invite(companyStaff.has(connection.userId) ? 'account_with_company' : 'account_no_company');
}

/** The demographics of these recipients, each counted once or, where given, `count` times. */
export function demographicsOf(
  recipients: Array<Pick<RecipientFields, 'outcome' | 'notInvitable'> & { count?: number }>,
): InviteDemographics {
  const outcomes = Object.fromEntries(INVITE_OUTCOMES.map((outcome) => [outcome, 0])) as Record<
    InviteOutcome,
    number
  >;
  const notInvitable = Object.fromEntries(NOT_INVITABLE_REASONS.map((reason) => [reason, 0])) as Record<
    NotInvitableReason,
    number
  >;
  let contacts = 0;
  for (const recipient of recipients) {
    const count = recipient.count ?? 1;
    contacts += count;
    if (recipient.outcome) outcomes[recipient.outcome] += count;
    if (recipient.notInvitable) notInvitable[recipient.notInvitable] += count;
  }
  const emails = MAILED_OUTCOMES.reduce((sum, outcome) => sum + outcomes[outcome], 0);
  return { contacts, outcomes, notInvitable, emails };
}

function chunks<T>(items: T[], size: number): T[][] {
  const result: T[][] = [];
  for (let start = 0; start < items.length; start += size) result.push(items.slice(start, start + size));
  return result;
}

import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import {
  ContactSummary,
  RESOLVE_BATCH_MAX,
  ResolveContactsCommand,
  ResolvedContactsReply,
} from '@careers/contracts';
import { InstitutionGuard } from '../institutions/institution-guard';
import { Contact } from './contact.entity';
import { applyContactFilter } from './contact-filter';

/**
 * A reply travels as one NATS message, at most 1 MiB by default (max_payload), and one that is larger is not sent:
 * nats.js throws as the handler answers, which ends the process. 5,000 summaries are about 1.1 MB with ordinary
 * names and emails (up to 10 MB with the longest the contracts allow), so a batch also stops before this many bytes
 * of JSON, leaving room for the envelope, and `next` says where to go on.
 */
const REPLY_BUDGET_BYTES = 960 * 1024;

/**
 * For services that work through many contacts (bulk invites): the contacts with these ids, or every contact that
 * matches a filter, a batch at a time in id order. Ids of other institutions are simply not found.
 */
@Injectable()
export class ContactResolver {
  constructor(private readonly institutions: InstitutionGuard) {}

  async resolve(em: EntityManager, command: ResolveContactsCommand): Promise<ResolvedContactsReply> {
    await this.institutions.mustExist(em, command.institutionId);
    const limit = command.limit ?? RESOLVE_BATCH_MAX;
    const qb = em
      .createQueryBuilder(Contact, 'c')
      .select(['id', 'email', 'firstName', 'lastName', 'companyId', 'linkedUserId', 'archivedAt']);
    if (command.contactIds) {
      qb.where({ institutionId: command.institutionId, id: { $in: command.contactIds } });
    } else {
      applyContactFilter(qb, em.config.get('schema') as string, command.institutionId, command.filter ?? {});
    }
    if (command.after) qb.andWhere({ id: { $gt: command.after } });
    const rows = await qb
      .orderBy({ id: 'asc' })
      .limit(limit + 1)
      .execute('all');
    const items = withinReplyBudget(
      rows.slice(0, limit).map((row) => ({
        id: row.id,
        email: row.email,
        firstName: row.firstName,
        lastName: row.lastName,
        companyId: row.companyId ?? null,
        linkedUserId: row.linkedUserId ?? null,
        archived: row.archivedAt !== null && row.archivedAt !== undefined,
      })),
    );
    return { items, next: rows.length > items.length ? (items.at(-1)?.id ?? null) : null };
  }
}

/** The first summaries whose JSON fits in REPLY_BUDGET_BYTES (always at least one, so a walk moves on). */
function withinReplyBudget(summaries: ContactSummary[]): ContactSummary[] {
  let bytes = 0;
  for (let index = 0; index < summaries.length; index++) {
    bytes += Buffer.byteLength(JSON.stringify(summaries[index])) + 1;
    if (bytes > REPLY_BUDGET_BYTES && index > 0) return summaries.slice(0, index);
  }
  return summaries;
}

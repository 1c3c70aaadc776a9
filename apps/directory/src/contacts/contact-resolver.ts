import { EntityManager, QueryBuilder } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { RESOLVE_BATCH_MAX, ResolveContactsCommand, ResolvedContactsReply } from '@careers/contracts';
import { withinPageBudget } from '@careers/messaging';
import { executeBound, qualifiedTable } from '@careers/persistence';
import { InstitutionGuard } from '../institutions/institution-guard';
import { Contact } from './contact.entity';
import { applyContactFilter, searchWords } from './contact-filter';
import { ContactSearch } from './contact-search';

/**
 * For services that work through many contacts (bulk invites): the contacts with these ids, or every contact that
 * matches a filter, a batch at a time in id order. Ids of other institutions are simply not found.
 */
@Injectable()
export class ContactResolver {
  constructor(
    private readonly institutions: InstitutionGuard,
    private readonly search: ContactSearch,
  ) {}

  async resolve(em: EntityManager, command: ResolveContactsCommand): Promise<ResolvedContactsReply> {
    await this.institutions.mustExist(em, command.institutionId);
    const limit = command.limit ?? RESOLVE_BATCH_MAX;
    const qb = em
      .createQueryBuilder(Contact, 'c')
      .select(['id', 'email', 'firstName', 'lastName', 'companyId', 'linkedUserId', 'archivedAt']);
    let chunkEnd: string | null = null;
    if (command.contactIds) {
      qb.where({ institutionId: command.institutionId, id: { $in: command.contactIds } });
    } else {
      const filter = command.filter ?? {};
      const [walked, ...otherLabels] = filter.labelId ?? [];
      applyContactFilter(
        em,
        qb,
        command.institutionId,
        walked ? { ...filter, labelId: otherLabels } : filter,
      );
      const words = searchWords(filter.q);
      if (words.length > 0) this.search.narrow(em, qb, command.institutionId, words);
      if (walked) chunkEnd = await labelChunk(em, qb, walked, command.after, limit);
    }
    if (command.after) qb.andWhere({ id: { $gt: command.after } });
    const rows = await qb
      .orderBy({ id: 'asc' })
      .limit(limit + 1)
      .execute('all');
    const items = withinPageBudget(
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
    return { items, next: rows.length > items.length ? (items.at(-1)?.id ?? null) : chunkEnd };
  }
}

/**
 * A label's contacts are taken a chunk of its entries at a time: the label's next `limit` contact ids (its index, in
 * id order), then those contacts by primary key, as one array. Joined instead, PostgreSQL probed the contacts one
 * label entry at a time, several times slower for a label's thousands of contacts. Answers the id the chunk
 * ends at when more of the label's entries follow (the walk goes on after it), else null. The chunk is bounded by
 * that id, not by a count, so an entry added meanwhile before it is in this batch rather than skipped.
 */
async function labelChunk(
  em: EntityManager,
  qb: QueryBuilder<Contact>,
  labelId: string,
  after: string | undefined,
  limit: number,
): Promise<string | null> {
  const next = labelEntries(em, labelId, after);
  const [last, beyond] = await executeBound<{ contact_id: string }>(
    em,
    `${next.sql} order by cl.contact_id offset ? limit 2`,
    [...next.params, limit - 1],
  );
  const end = beyond ? last.contact_id : null;
  const chunk = labelEntries(em, labelId, after, end);
  qb.andWhere(`${qb.alias}.id = any(array(${chunk.sql}))`, chunk.params);
  return end;
}

/** The label's entries after `after` (all when absent), up to `upTo` included (all when null). */
function labelEntries(em: EntityManager, labelId: string, after?: string, upTo: string | null = null) {
  return {
    sql: `select cl.contact_id from ${qualifiedTable(em, 'contact_label')} cl where cl.label_id = ?${
      after ? ' and cl.contact_id > ?' : ''
    }${upTo ? ' and cl.contact_id <= ?' : ''}`,
    params: [labelId, ...(after ? [after] : []), ...(upTo ? [upTo] : [])],
  };
}

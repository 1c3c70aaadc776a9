import { containsPattern } from '@careers/persistence';
import type { QueryBuilder } from '@mikro-orm/postgresql';
import type { ContactFilter } from '@careers/contracts';
import type { Contact } from './contact.entity';

const MAX_WORDS = 8;

/**
 * The address book's filter language, as SQL: every word of `q` in the name, email or company name (a trigram
 * index serves `like`), every label given (the contact's copy of its label ids, whose GIN index intersects with
 * the trigram one), any source given, the company, linked or not, archived or not.
 */
export function applyContactFilter(
  qb: QueryBuilder<Contact>,
  institutionId: string,
  filter: ContactFilter,
): void {
  qb.where({ institutionId });
  applyArchivedFilter(qb, filter);
  if (filter.linked) qb.andWhere({ linkedUserId: filter.linked === 'true' ? { $ne: null } : null });
  if (filter.source?.length) qb.andWhere({ source: { $in: filter.source } });
  if (filter.companyId) qb.andWhere({ companyId: filter.companyId });
  const labelIds = filter.labelId ?? [];
  if (labelIds.length) {
    qb.andWhere(`${qb.alias}.label_ids @> array[${labelIds.map(() => '?').join(', ')}]::uuid[]`, labelIds);
  }
  for (const word of searchWords(filter.q)) {
    qb.andWhere(`${qb.alias}.search_text like ?`, [containsPattern(word)]);
  }
}

/** `archived` alone: `false` (the default) is what the partial name index holds. */
export function applyArchivedFilter(
  qb: QueryBuilder<Contact>,
  filter: Pick<ContactFilter, 'archived'>,
): void {
  const archived = filter.archived ?? 'false';
  if (archived !== 'any') qb.andWhere({ archivedAt: archived === 'true' ? { $ne: null } : null });
}

export function searchWords(q: string | undefined): string[] {
  if (!q) return [];
  return [...new Set(q.toLowerCase().split(/\s+/).filter(Boolean))].slice(0, MAX_WORDS);
}

import type { EntityManager, QueryBuilder } from '@mikro-orm/postgresql';
import type { ContactFilter } from '@careers/contracts';
import type { Contact } from './contact.entity';
import { qualifiedTable } from '@careers/persistence';
import { SearchWordTooShort, TooManySearchWords } from './contact-errors';

/** More words than this narrow nothing a person would type: a search refuses them rather than intersect each. */
export const MAX_SEARCH_WORDS = 8;

/**
 * The shortest word a search takes: a word's matches are one range of the word index, and a single letter's range
 * is a twentieth of every contact's words, to be read whole before the first page can be told.
 */
export const MIN_SEARCH_WORD_LENGTH = 2;

/**
 * The address book's filter language as SQL, but for `q` (see ContactSearch): every label given, any source given,
 * the company, linked or not, archived or not.
 */
export function applyContactFilter(
  em: EntityManager,
  qb: QueryBuilder<Contact>,
  institutionId: string,
  filter: Omit<ContactFilter, 'q'>,
): void {
  const c = qb.alias;
  qb.where({ institutionId });
  applyArchivedFilter(qb, filter);
  if (filter.linked) qb.andWhere({ linkedUserId: filter.linked === 'true' ? { $ne: null } : null });
  if (filter.source?.length) qb.andWhere({ source: { $in: filter.source } });
  if (filter.companyId) qb.andWhere({ companyId: filter.companyId });
  for (const labelId of filter.labelId ?? []) {
    qb.andWhere(
      `exists (select 1 from ${qualifiedTable(em, 'contact_label')} cl where cl.contact_id = ${c}.id and cl.label_id = ?)`,
      [labelId],
    );
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

/**
 * The words of a search as the contacts' words are stored: lower-cased, split at anything that is not a letter or a
 * digit (as the database splits `search_text`, see Migration20261210000100_contact_search_prefixes), each once.
 */
export function searchWords(q: string | undefined): string[] {
  if (!q) return [];
  const words = [
    ...new Set(
      q
        .toLowerCase()
        .split(/[^\p{L}\p{N}]+/u)
        .filter(Boolean),
    ),
  ];
  if (words.length > MAX_SEARCH_WORDS) throw new TooManySearchWords(words.length, MAX_SEARCH_WORDS);
  const short = words.find((word) => [...word].length < MIN_SEARCH_WORD_LENGTH);
  if (short !== undefined) throw new SearchWordTooShort(short, MIN_SEARCH_WORD_LENGTH);
  return words;
}

import type { EntityManager } from '@mikro-orm/postgresql';
import type { ContactSort, ListContactsCommand } from '@careers/contracts';
import { Contact } from './contact.entity';

/** A word that begins this many values of the order's first column is a run of that order. */
const RUN = 100;

/** The order's first column when it is text an index keeps in order (the name index holds live contacts only). */
function orderedText(sort: ContactSort, query: ListContactsCommand): 'sortName' | 'emailKey' | null {
  if (sort === 'name') return (query.archived ?? 'false') === 'false' ? 'sortName' : null;
  return sort === 'email' ? 'emailKey' : null;
}

/**
 * The search's word whose matches may bunch in the list's order, if any. PostgreSQL finds a searched page by walking
 * the order's index and testing each contact, expecting matches to be spread through it. The name order begins with
 * the last name, so a common last name (or its first letters, as it is typed) is one long run of it, and the walk
 * tests every contact before the run: a second for Smith among a million contacts. Emails often begin with the first
 * name, so the email order has runs too. One index range probe a word; it only chooses a plan, the page is the same
 * either way.
 */
export async function wordStartingRun(
  em: EntityManager,
  query: ListContactsCommand,
  sort: ContactSort,
  words: string[],
): Promise<{ word: string; order: 'sortName' | 'emailKey' } | null> {
  const column = orderedText(sort, query);
  if (!column) return null;
  for (const word of words) {
    const qb = em
      .createQueryBuilder(Contact, 'c')
      .select('id')
      .where({ institutionId: query.institutionId, [column]: { $gte: word, $lt: successor(word) } });
    if (column === 'sortName') qb.andWhere({ archivedAt: null });
    const runs = await qb
      .offset(RUN - 1)
      .limit(1)
      .execute('all');
    if (runs.length > 0) return { word, order: column };
  }
  return null;
}

/** The first string after every string that begins with `word`. */
export function successor(word: string): string {
  return word.slice(0, -1) + String.fromCharCode(word.charCodeAt(word.length - 1) + 1);
}

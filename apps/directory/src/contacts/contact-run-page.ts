import type { EntityManager } from '@mikro-orm/postgresql';
import { containsPattern, executeBound } from '@careers/persistence';
import { Contact, ContactFields } from './contact.entity';
import { searchWords } from './contact-filter';
import { contactPageQuery, PageRequest, PageShape } from './contact-page-query';
import { successor } from './search-bunching';

/** The shortest word a trigram index finds by itself. */
const TRIGRAM = 3;

/** A word the run page can take: letters only, so that each place it is found lies within one word of letters. */
export function runPageWord(word: string): boolean {
  return /^[a-z]+$/.test(word);
}

/**
 * A page in name order of a search whose word begins a run of that order (Smith among a million contacts: ten
 * thousand Smiths, each a match), as two parts in name order merged:
 * - the run: the contacts whose name order begins with the word, walked from where the page starts; or, when every
 *   other word of the search is one a trigram index finds (a first name with the last), the run's few matches found
 *   by those words' index and sorted: walking the run to them read all of it (ten thousand Johnsons for the 26 Mary
 *   Johnsons);
 * - the matches outside the run, found by the trigram index of each contact's text beside its own last name (its
 *   searchable words with the last name's first word missing its first letter, see
 *   Migration20261206000100_contact_label_ids_and_source_order; kept as a column since
 *   Migration20261206000200_text_beside_name_stored). For a contact outside the run that text holds the
 *   word exactly when its searchable text does; for a Smith, "smith" is in neither its name nor its email there,
 *   so the ten thousand Smiths are not read to find the few matches elsewhere.
 * Every other word of the search and every filter applies to both parts. The contacts are then read by id.
 */
export async function runPage(
  em: EntityManager,
  request: PageRequest,
  word: string,
): Promise<ContactFields[]> {
  const others = searchWords(request.query.q).filter((other) => other !== word);
  const part = (shape: PageShape) =>
    contactPageQuery(em, { ...request, query: { ...request.query, q: others.join(' ') } }, shape).select([
      'id',
      'sortName',
    ]);
  const fewInRun = others.length > 0 && others.every((other) => other.length >= TRIGRAM);
  const run = part(fewInRun ? 'matchesFirst' : 'planned');
  run
    .andWhere({ sortName: { $gte: word, $lt: successor(word) } })
    .andWhere(`left(${run.alias}.sort_name, ?) = ?`, [word.length, word]);
  const outside = part('planned');
  const c = outside.alias;
  outside
    .andWhere(`left(${c}.sort_name, ?) <> ?`, [word.length, word])
    .andWhere(`${c}.text_beside_name like ?`, [containsPattern(word)]);
  const ids = await executeBound<{ id: string }>(
    em,
    'select id from (? union all ?) page order by sort_name, id limit ?',
    [run.getKnexQuery(), outside.getKnexQuery(), request.limit + 1],
  );
  if (ids.length === 0) return [];
  return em
    .createQueryBuilder(Contact, 'c')
    .select('*')
    .where({ id: { $in: ids.map((row) => row.id) } })
    .orderBy({ sortName: 'asc', id: 'asc' })
    .execute<ContactFields[]>('all');
}

import type { EntityManager, QueryBuilder } from '@mikro-orm/postgresql';
import { containsPattern, executeBound } from '@careers/persistence';
import { Contact, ContactFields } from './contact.entity';
import { searchWords } from './contact-filter';
import { contactPageQuery, PageRequest, PageShape } from './contact-page-query';
import { plannedRows } from './planned-rows';
import { successor } from './search-bunching';

/** A word the run page can take: letters only, so that each place it is found lies within one word of letters. */
export function runPageWord(word: string): boolean {
  return /^[a-z]+$/.test(word);
}

/**
 * A part expected to match at most this many contacts is read whole and sorted (by the trigram index) rather than
 * walked in name order. Walking tests each contact it passes, and the text beside the name costs microseconds a
 * contact to make, which PostgreSQL's estimates leave out: with Smith's first letters, it walked 65,000 contacts for
 * the 51 first of 700 matches outside the run (1 s) where reading the 700 took 36 ms. Where matches are as many as
 * John's (8,000), a walk finds 51 within a few thousand contacts and stays.
 */
const FEW_MATCHES = 4000;

/**
 * A page in name order of a search whose word begins a run of that order (Smith among a million contacts: ten
 * thousand Smiths, each a match), as two parts in name order merged:
 * - the run: the contacts whose name order begins with the word, walked from where the page starts;
 * - the matches outside the run, found by the trigram index of each contact's text beside its own last name (its
 *   searchable words with the last name's first word missing its first letter, see
 *   Migration20261206000100_contact_label_ids_and_source_order). For a contact outside the run that text holds the
 *   word exactly when its searchable text does; for a Smith, "smith" is in neither its name nor its email there,
 *   so the ten thousand Smiths are not read to find the few matches elsewhere.
 * Every other word of the search and every filter applies to both parts; a part PostgreSQL expects few matches of
 * (FEW_MATCHES: Smith with a first name, or the rare matches outside a run) is read whole and sorted instead of
 * walked. The contacts are then read by id.
 */
export async function runPage(
  em: EntityManager,
  request: PageRequest,
  word: string,
): Promise<ContactFields[]> {
  const schema = em.config.get('schema') as string;
  const others = searchWords(request.query.q).filter((other) => other !== word);
  /**
   * The part as walked, unless PostgreSQL expects few matches of it: then read whole and sorted. `exactly` narrows
   * the part without being estimated: an expression's test, which PostgreSQL has no statistics for and would take as
   * one contact in 200 (a run of 13,000 Smiths estimated at 67).
   */
  const part = async (
    matches: (qb: QueryBuilder<Contact>) => void,
    exactly: (qb: QueryBuilder<Contact>) => void,
  ) => {
    const shaped = (shape: PageShape) => {
      const qb = contactPageQuery(
        em,
        { ...request, query: { ...request.query, q: others.join(' ') } },
        shape,
      ).select(['id', 'sortName']);
      matches(qb);
      return qb;
    };
    const few = (await plannedRows(em, shaped('planned'))) <= FEW_MATCHES;
    const query = shaped(few ? 'matchesFirst' : 'planned');
    exactly(query);
    // In an object: a query builder is itself awaitable, and would run if an async function answered it.
    return { query };
  };
  const [run, outside] = await Promise.all([
    part(
      (qb) => qb.andWhere({ sortName: { $gte: word, $lt: successor(word) } }),
      (qb) => qb.andWhere(`left(${qb.alias}.sort_name, ?) = ?`, [word.length, word]),
    ),
    part(
      (qb) =>
        qb.andWhere(
          `"${schema}".contact_text_beside_name(${qb.alias}.search_text, ${qb.alias}.sort_name) like ?`,
          [containsPattern(word)],
        ),
      (qb) => qb.andWhere(`left(${qb.alias}.sort_name, ?) <> ?`, [word.length, word]),
    ),
  ]);
  const ids = await executeBound<{ id: string }>(
    em,
    'select id from (? union all ?) page order by sort_name, id limit ?',
    [run.query.getKnexQuery(), outside.query.getKnexQuery(), request.limit + 1],
  );
  if (ids.length === 0) return [];
  return em
    .createQueryBuilder(Contact, 'c')
    .select('*')
    .where({ id: { $in: ids.map((row) => row.id) } })
    .orderBy({ sortName: 'asc', id: 'asc' })
    .execute<ContactFields[]>('all');
}

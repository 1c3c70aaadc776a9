import type { EntityManager, QueryBuilder } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { qualifiedTable } from '@careers/persistence';
import { Contact, ContactFields } from './contact.entity';
import { applyContactFilter } from './contact-filter';
import { afterCursor, PageRequest, SORT_COLUMNS } from './contact-page-query';
import { ContactSearch } from './contact-search';
import { LONGEST_SEARCH_PREFIX } from './contact-search-prefix.entity';

/**
 * The search as one query over the prefix index (contact_search_prefix): each word typed is one key, whose entries
 * are in name order; several words join their keys' entries on (name order, contact), which PostgreSQL merges as
 * they come; the contacts the filters keep are read for the entries, in the sort's order. In name order a page reads
 * the first entries after the cursor and stops (docs/architecture.md, "Contact search").
 */
@Injectable()
export class PostgresContactSearch extends ContactSearch {
  async page(em: EntityManager, request: PageRequest, words: string[]): Promise<ContactFields[]> {
    const { query, sort, limit, after } = request;
    const qb = em.createQueryBuilder(Contact, 'c').select('*');
    applyContactFilter(em, qb, query.institutionId, query);
    const matches = prefixMatches(em, query.institutionId, words);
    const sql = qb
      .getKnexQuery()
      .join(em.getKnex().raw(`(${matches.sql}) as m`, matches.params), 'm.contact_id', 'c.id');
    const { columns, direction } = SORT_COLUMNS[sort];
    const order = sort === 'name' ? ['m.name_key', 'm.contact_id'] : columns.map((column) => `c.${column}`);
    if (after) sql.whereRaw(afterCursor(em, order, sort), [after]);
    sql.orderBy(order.map((column) => ({ column, order: direction }))).limit(limit + 1);
    const rows = await em.getConnection().execute<Record<string, unknown>[]>(sql);
    return rows.map(contactFields);
  }

  narrow(em: EntityManager, qb: QueryBuilder<Contact>, institutionId: string, words: string[]): void {
    const matches = prefixMatches(em, institutionId, words);
    qb.andWhere(`${qb.alias}.id in (select m.contact_id from (${matches.sql}) m)`, matches.params);
  }
}

/**
 * The institution's contacts with, for every word, a word beginning with it, as (name_key, contact_id) rows: the
 * first word's key, joined to each other word's key on the same entry. Words are letters and digits only; those
 * longer than the index's prefixes are looked up by their first letters.
 */
function prefixMatches(
  em: EntityManager,
  institutionId: string,
  words: string[],
): { sql: string; params: string[] } {
  const [first, ...others] = [...new Set(words.map(indexedPrefix))];
  const table = qualifiedTable(em, 'contact_search_prefix');
  const joins = others.map(
    (_, i) =>
      `join ${table} p${i + 1} on p${i + 1}.institution_id = p0.institution_id and p${i + 1}.prefix = ?
        and p${i + 1}.name_key = p0.name_key and p${i + 1}.contact_id = p0.contact_id`,
  );
  return {
    sql: `select p0.name_key, p0.contact_id from ${table} p0 ${joins.join(' ')}
      where p0.institution_id = ? and p0.prefix = ?`,
    params: [...others, institutionId, first],
  };
}

/** A word as the index keeps it: its first LONGEST_SEARCH_PREFIX characters (as PostgreSQL's `left` counts). */
function indexedPrefix(word: string): string {
  return [...word].slice(0, LONGEST_SEARCH_PREFIX).join('');
}

/** A row of `contact` under the entity's property names (its columns are the properties in snake case). */
function contactFields(row: Record<string, unknown>): ContactFields {
  return Object.fromEntries(
    Object.entries(row).map(([column, value]) => [
      column.replace(/_([a-z])/g, (_, letter: string) => letter.toUpperCase()),
      value,
    ]),
  ) as unknown as ContactFields;
}

import type { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { Contact, ContactFields } from './contact.entity';
import { applyContactFilter, searchMatches } from './contact-filter';
import { afterCursor, PageRequest, SORT_COLUMNS } from './contact-page-query';
import { ContactSearch } from './contact-search';

/**
 * The search as one query: the matches of the words from the word index (contact_search_word), with the name order
 * beside each, joined to the contacts the filters keep, in the sort's order. In name order the order comes from the
 * index with the matches, so PostgreSQL can sort the matches' (name, id) and read only the page's contacts, however
 * many contacts a short word begins a word of (docs/architecture.md, "Contact search").
 */
@Injectable()
export class PostgresContactSearch extends ContactSearch {
  async page(em: EntityManager, request: PageRequest, words: string[]): Promise<ContactFields[]> {
    const { query, sort, limit, after } = request;
    const qb = em.createQueryBuilder(Contact, 'c').select('*');
    applyContactFilter(em, qb, query.institutionId, query);
    const matches = searchMatches(em, query.institutionId, words);
    const knex = em.getKnex();
    const sql = qb
      .getKnexQuery()
      .join(knex.raw(`(${matches.sql}) as m`, matches.params), 'm.contact_id', 'c.id');
    const { columns, direction } = SORT_COLUMNS[sort];
    const order = sort === 'name' ? ['m.name_key', 'm.contact_id'] : columns.map((column) => `c.${column}`);
    if (after) sql.whereRaw(afterCursor(em, order, sort), [after]);
    sql.orderBy(order.map((column) => ({ column, order: direction }))).limit(limit + 1);
    const rows = await em.getConnection().execute<Record<string, unknown>[]>(sql);
    return rows.map(contactFields);
  }
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

import { raw } from '@mikro-orm/core';
import type { EntityManager, QueryBuilder } from '@mikro-orm/postgresql';
import type { ContactSort, ListContactsCommand } from '@careers/contracts';
import { Contact } from './contact.entity';
import { applyArchivedFilter, applyContactFilter } from './contact-filter';

/** Each sort ends with the id, so that the order is total and a cursor marks one place in it. */
export const SORT_COLUMNS: Record<ContactSort, { columns: string[]; direction: 'asc' | 'desc' }> = {
  name: { columns: ['sort_name', 'id'], direction: 'asc' },
  email: { columns: ['email_key', 'id'], direction: 'asc' },
  createdAt: { columns: ['created_at', 'id'], direction: 'asc' },
  '-createdAt': { columns: ['created_at', 'id'], direction: 'desc' },
};

/** How many contacts, in the list's order, the `window` shape looks through. */
export const SEARCH_WINDOW = 2000;

/**
 * How the page is looked for (the same page whichever):
 * - `planned`: as PostgreSQL plans the query;
 * - `window`: among the next SEARCH_WINDOW contacts of the order only: a bounded walk of the order's index, which
 *   finds the page when matches are dense there;
 * - `matchesFirst`: ordered by the sort as a row, which no index provides, so PostgreSQL finds every match first
 *   (by the trigram index for `q`) and then sorts them, never walking the order's index.
 */
export type PageShape = 'planned' | 'window' | 'matchesFirst';

export interface PageRequest {
  query: ListContactsCommand;
  sort: ContactSort;
  limit: number;
  /** The contact the page comes after (from the cursor). */
  after?: string;
}

/** The query for one page, one contact more than the limit (to tell whether there is a next page). */
export function contactPageQuery(
  em: EntityManager,
  { query, sort, limit, after }: PageRequest,
  shape: PageShape,
): QueryBuilder<Contact> {
  const schema = em.config.get('schema') as string;
  const { columns, direction } = SORT_COLUMNS[sort];
  const qb = em.createQueryBuilder(Contact, 'c').select('*');
  if (shape === 'window') {
    const window = em
      .createQueryBuilder(Contact, 'w')
      .select('*')
      .where({ institutionId: query.institutionId });
    applyArchivedFilter(window, query);
    if (after) afterAnchor(window, schema, columns, direction, after);
    window.orderBy(orderOf(columns, direction)).limit(SEARCH_WINDOW);
    qb.from(window, 'c');
  }
  applyContactFilter(qb, query.institutionId, query);
  if (after && shape !== 'window') afterAnchor(qb, schema, columns, direction, after);
  qb.orderBy(
    shape === 'matchesFirst'
      ? { [raw(`(${columns.map((column) => `c.${column}`).join(', ')})`)]: direction }
      : orderOf(columns, direction),
  );
  return qb.limit(limit + 1);
}

function afterAnchor(
  qb: QueryBuilder<Contact>,
  schema: string,
  columns: string[],
  direction: 'asc' | 'desc',
  after: string,
): void {
  const row = columns.map((column) => `${qb.alias}.${column}`).join(', ');
  const anchor = columns.map((column) => `a.${column}`).join(', ');
  qb.andWhere(
    `(${row}) ${direction === 'asc' ? '>' : '<'} (select ${anchor} from "${schema}"."contact" a where a.id = ?)`,
    [after],
  );
}

function orderOf(columns: string[], direction: 'asc' | 'desc'): Record<string, 'asc' | 'desc'> {
  return Object.fromEntries(columns.map((column) => [camel(column), direction]));
}

function camel(column: string): string {
  return column.replace(/_([a-z])/g, (_, letter: string) => letter.toUpperCase());
}

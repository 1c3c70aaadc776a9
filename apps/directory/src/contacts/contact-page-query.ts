import type { EntityManager, QueryBuilder } from '@mikro-orm/postgresql';
import type { ContactSort, ListContactsCommand } from '@careers/contracts';
import { Contact } from './contact.entity';
import { applyContactFilter } from './contact-filter';

/** Each sort ends with the id, so that the order is total and a cursor marks one place in it. */
export const SORT_COLUMNS: Record<ContactSort, { columns: string[]; direction: 'asc' | 'desc' }> = {
  name: { columns: ['sort_name', 'id'], direction: 'asc' },
  email: { columns: ['email_key', 'id'], direction: 'asc' },
  createdAt: { columns: ['created_at', 'id'], direction: 'asc' },
  '-createdAt': { columns: ['created_at', 'id'], direction: 'desc' },
};

export interface PageRequest {
  query: ListContactsCommand;
  sort: ContactSort;
  limit: number;
  /** The contact the page comes after (from the cursor). */
  after?: string;
}

/**
 * A page of the list without `q`: the filters, and the sort's index walked from the cursor's contact; one contact
 * more than the limit, to tell whether there is a next page.
 */
export function browsePageQuery(
  em: EntityManager,
  { query, sort, limit, after }: PageRequest,
): QueryBuilder<Contact> {
  const { columns, direction } = SORT_COLUMNS[sort];
  const qb = em.createQueryBuilder(Contact, 'c').select('*');
  applyContactFilter(em, qb, query.institutionId, query);
  if (after) {
    const row = columns.map((column) => `${qb.alias}.${column}`);
    qb.andWhere(afterCursor(em, row, sort), [after]);
  }
  return qb.orderBy(Object.fromEntries(columns.map((column) => [camel(column), direction]))).limit(limit + 1);
}

/**
 * `row` (the sort's values of a contact, as SQL) comes after the cursor's contact in the sort's order; the
 * contact's id is the one parameter.
 */
export function afterCursor(em: EntityManager, row: string[], sort: ContactSort): string {
  const { columns, direction } = SORT_COLUMNS[sort];
  const schema = em.config.get('schema') as string;
  const anchor = columns.map((column) => `a.${column}`).join(', ');
  return `(${row.join(', ')}) ${direction === 'asc' ? '>' : '<'} (select ${anchor} from "${schema}"."contact" a where a.id = ?)`;
}

function camel(column: string): string {
  return column.replace(/_([a-z])/g, (_, letter: string) => letter.toUpperCase());
}

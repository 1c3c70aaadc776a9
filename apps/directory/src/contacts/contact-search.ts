import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { ContactPageReply, ContactSort, ListContactsCommand } from '@careers/contracts';
import { InstitutionGuard } from '../institutions/institution-guard';
import { Contact } from './contact.entity';
import { decodeCursor, encodeCursor } from './contact-cursor';
import { InvalidCursor } from './contact-errors';
import { applyContactFilter } from './contact-filter';

const DEFAULT_LIMIT = 25;

/** Each sort ends with the id, so that the order is total and a cursor marks one place in it. */
const SORT_COLUMNS: Record<ContactSort, { columns: string[]; direction: 'asc' | 'desc' }> = {
  name: { columns: ['sort_name', 'id'], direction: 'asc' },
  email: { columns: ['email_key', 'id'], direction: 'asc' },
  createdAt: { columns: ['created_at', 'id'], direction: 'asc' },
  '-createdAt': { columns: ['created_at', 'id'], direction: 'desc' },
};

/** The address book's list: filtered, searched, in a stable order, a page at a time after a cursor. */
@Injectable()
export class ContactSearch {
  constructor(private readonly institutions: InstitutionGuard) {}

  async list(em: EntityManager, query: ListContactsCommand): Promise<ContactPageReply> {
    await this.institutions.mustExist(em, query.institutionId);
    const sort = query.sort ?? 'name';
    const limit = query.limit ?? DEFAULT_LIMIT;
    const schema = em.config.get('schema') as string;
    const { columns, direction } = SORT_COLUMNS[sort];
    const qb = em.createQueryBuilder(Contact, 'c').select('*');
    applyContactFilter(qb, schema, query.institutionId, query);
    if (query.cursor) {
      const { after } = decodeCursor(query.cursor, sort);
      const known = await em.count(Contact, { id: after, institutionId: query.institutionId });
      if (known === 0) throw new InvalidCursor('cursor points at no contact of this institution');
      const row = columns.map((column) => `c.${column}`).join(', ');
      const anchor = columns.map((column) => `a.${column}`).join(', ');
      qb.andWhere(
        `(${row}) ${direction === 'asc' ? '>' : '<'} (select ${anchor} from "${schema}"."contact" a where a.id = ?)`,
        [after],
      );
    }
    qb.orderBy(Object.fromEntries(columns.map((column) => [camel(column), direction])));
    qb.limit(limit + 1);
    const rows = await qb.getResultList();
    const items = rows.slice(0, limit);
    await em.populate(items, ['labels']);
    const last = items.at(-1);
    return {
      items: items.map((contact) => contact.toReply()),
      nextCursor: rows.length > limit && last ? encodeCursor({ sort, after: last.id }) : null,
    };
  }
}

function camel(column: string): string {
  return column.replace(/_([a-z])/g, (_, letter: string) => letter.toUpperCase());
}

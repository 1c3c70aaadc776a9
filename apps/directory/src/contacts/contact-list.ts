import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { ContactPageReply, ListContactsCommand } from '@careers/contracts';
import { withinPageBudget } from '@careers/messaging';
import { InstitutionGuard } from '../institutions/institution-guard';
import { Contact, ContactFields, contactReply } from './contact.entity';
import { labelsOfContacts } from './contact-labels';
import { decodeCursor, encodeCursor } from './contact-cursor';
import { InvalidCursor } from './contact-errors';
import { searchWords } from './contact-filter';
import { browsePageQuery, PageRequest } from './contact-page-query';
import { ContactSearch } from './contact-search';

const DEFAULT_LIMIT = 25;

/**
 * The address book's list: filtered, in a stable order, a page at a time after a cursor. Without `q` the sort's index
 * is walked from the cursor; with `q` the page is the search's (ContactSearch).
 */
@Injectable()
export class ContactList {
  constructor(
    private readonly institutions: InstitutionGuard,
    private readonly search: ContactSearch,
  ) {}

  async list(em: EntityManager, query: ListContactsCommand): Promise<ContactPageReply> {
    await this.institutions.mustExist(em, query.institutionId);
    const sort = query.sort ?? 'name';
    const limit = query.limit ?? DEFAULT_LIMIT;
    const words = searchWords(query.q);
    const request: PageRequest = { query, sort, limit };
    if (query.cursor) {
      const { after } = decodeCursor(query.cursor, sort);
      const known = await em.count(Contact, { id: after, institutionId: query.institutionId });
      if (known === 0) throw new InvalidCursor('cursor points at no contact of this institution');
      request.after = after;
    }
    // Rows named as the entity's properties, not entities: a list only reads, and making fifty entities with their
    // labels and registering them with the unit of work cost more than the query.
    const rows =
      words.length > 0
        ? await this.search.page(em, request, words)
        : await browsePageQuery(em, request).execute<ContactFields[]>('all');
    const contacts = rows.slice(0, limit);
    const labels = await labelsOfContacts(
      em,
      contacts.map((contact) => contact.id),
    );
    // Labels are many and long on some contacts: a page stops early rather than outgrow one reply.
    const items = withinPageBudget(
      contacts.map((contact) => contactReply(contact, labels.get(contact.id) ?? [])),
    );
    const last = items.at(-1);
    return {
      items,
      nextCursor: rows.length > items.length && last ? encodeCursor({ sort, after: last.id }) : null,
    };
  }
}

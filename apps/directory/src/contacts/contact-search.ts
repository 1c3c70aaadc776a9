import type { EntityManager, QueryBuilder } from '@mikro-orm/postgresql';
import type { Contact, ContactFields } from './contact.entity';
import type { PageRequest } from './contact-page-query';

/**
 * Where a search of the address book is answered: the port a search engine (OpenSearch, Meilisearch) would
 * implement, fed by directory's contact events. Today's implementation is PostgreSQL's (PostgresContactSearch).
 *
 * The semantics every implementation keeps: a contact matches when each of the words has a word of the contact's
 * first name, last name, email (split at punctuation: the local part's pieces and the domain's) or company name that
 * begins with it; the filters apply as for a list without search; the page follows the cursor's contact in the sort's
 * order (name order by default, the id breaking ties). `words` are always searchWords(q), at least one.
 */
export abstract class ContactSearch {
  /** The page's contacts, one more than the request's limit when more follow. */
  abstract page(em: EntityManager, request: PageRequest, words: string[]): Promise<ContactFields[]>;

  /** Narrows a query of the institution's contacts (a resolve, walked in id order) to those the words match. */
  abstract narrow(em: EntityManager, qb: QueryBuilder<Contact>, institutionId: string, words: string[]): void;
}

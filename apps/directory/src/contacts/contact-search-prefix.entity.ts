import { Entity, PrimaryKey } from '@mikro-orm/core';

/** Words longer than this are kept, and searched, by their first this many letters and digits. */
export const LONGEST_SEARCH_PREFIX = 20;

/**
 * A beginning (two letters or more) of a word of a contact's name, email or company name, with the contact's name
 * order beside it: what a search finds by a word typed. Derived from the contact's `searchText` by the database on
 * every write of a contact, by any path (Migration20261210000100_contact_search_prefixes); the service only reads it.
 */
@Entity({ tableName: 'contact_search_prefix' })
export class ContactSearchPrefix {
  @PrimaryKey({ type: 'uuid' })
  institutionId!: string;

  /** Lower-cased, letters and digits only, compared byte by byte. */
  @PrimaryKey({ type: 'text' })
  prefix!: string;

  /** The contact's `sortName`: a prefix's entries are in the list's name order. */
  @PrimaryKey({ type: 'text' })
  nameKey!: string;

  @PrimaryKey({ type: 'uuid' })
  contactId!: string;
}

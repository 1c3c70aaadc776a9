import { Entity, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * One word of a contact's name, email or company name, with the contact's name order beside it: what a search finds
 * by the word's beginning. Derived from the contact's `searchText` by the database on every write of a contact, by any
 * path (Migration20261209000100_contact_search_words); the service only reads it.
 */
@Entity({ tableName: 'contact_search_word' })
export class ContactSearchWord {
  @PrimaryKey({ type: 'uuid' })
  contactId!: string;

  /** Lower-cased, letters and digits only; compared byte by byte, so that a word's beginning is a range. */
  @PrimaryKey({ type: 'text' })
  word!: string;

  @Property({ type: 'uuid' })
  institutionId!: string;

  /** The contact's `sortName`. */
  @Property({ type: 'text' })
  nameKey!: string;
}

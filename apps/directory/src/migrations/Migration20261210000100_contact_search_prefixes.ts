import { Migration } from '@mikro-orm/migrations';
import { ContactSearchRows, fillRows, keepRows, stopKeepingRows } from './contact-search-rows';
import { createWordTable, dropWordTable } from './Migration20261209000100_contact_search_words';

/** Longer words are kept, and searched, by their first this many letters and digits. */
const LONGEST_PREFIX = 20;

/**
 * Contact search by word beginnings, each an exact key (docs/architecture.md, "Contact search"): every beginning of
 * two or more letters of each word of a contact's name, email and company name is a row of `contact_search_prefix`,
 * with the contact's name order beside it. A word typed is then one key of the B-tree, whose entries are already in
 * name order: a page reads its first entries and stops, however many contacts the word begins a word of; several
 * words merge their keys' entries in that same order.
 *
 * It replaces the word table (Migration20261209000100), where a typed word was a range of whole words that had to be
 * read and sorted by name in full before the first page could be told. The price is room: about five rows per word
 * instead of one.
 */
export class Migration20261210000100_contact_search_prefixes extends Migration {
  override async up(): Promise<void> {
    const s = `"${this.config.get('schema')}"`;
    for (const sql of dropWordTable(s)) this.addSql(sql);

    this.addSql(`create table ${s}."contact_search_prefix" (
      "institution_id" uuid not null,
      "prefix" text collate "C" not null,
      "name_key" text not null,
      "contact_id" uuid not null references ${s}."contact" ("id") on delete cascade
    );`);
    this.addSql(`create function ${s}."contact_search_prefixes"("search_text" text) returns setof text
      language sql immutable parallel safe as $$
      select distinct left(word, n) from regexp_split_to_table("search_text", '[^[:alnum:]]+') word,
        generate_series(2, least(length(word), ${LONGEST_PREFIX})) n $$;`);
    for (const sql of keepRows(prefixes(s))) this.addSql(sql);
    this.addSql(fillRows(prefixes(s)));
    // The key first, the name order after it: a key's entries are read in the list's order.
    this.addSql(`alter table ${s}."contact_search_prefix"
      add primary key ("institution_id", "prefix", "name_key", "contact_id");`);
    // A contact's rows, for the triggers' rewrite and the cascade of its deletion.
    this.addSql(`create index "contact_search_prefix_contact_index"
      on ${s}."contact_search_prefix" ("contact_id");`);
  }

  override async down(): Promise<void> {
    const s = `"${this.config.get('schema')}"`;
    for (const sql of stopKeepingRows(prefixes(s))) this.addSql(sql);
    this.addSql(`drop table ${s}."contact_search_prefix";`);
    this.addSql(`drop function ${s}."contact_search_prefixes"(text);`);
    for (const sql of createWordTable(s)) this.addSql(sql);
  }
}

function prefixes(schema: string): ContactSearchRows {
  return { schema, table: 'contact_search_prefix', column: 'prefix', keys: 'contact_search_prefixes' };
}

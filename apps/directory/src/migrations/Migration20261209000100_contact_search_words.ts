import { Migration } from '@mikro-orm/migrations';
import { ContactSearchRows, fillRows, keepRows, stopKeepingRows } from './contact-search-rows';

/**
 * Contact search by the beginnings of words (docs/architecture.md, "Contact search"): each word of a contact's
 * name, email and company name is a row of `contact_search_word`, with the contact's name order beside it, so that
 * one B-tree range gives every contact with a word beginning so, in name order, from the index alone.
 *
 * The rows are derived from `search_text` (which the entity keeps) by two statement triggers, so that every write
 * path keeps them (the entity's, the import's bulk insert, the company rename). The words are what is left of the
 * text split at anything that is not a letter or a digit: `maria.garcia48213@gmail.com` gives maria, garcia48213,
 * gmail and com; the search splits what is typed the same way.
 *
 * What the previous search needed goes: the trigram indexes (no infix search any more), the text beside the name
 * (Migration20261206000200) and the `label_ids` copy with its trigger (Migration20261206000100): a label is
 * matched in `contact_label`, whose (label_id, contact_id) index the planner joins like any other.
 */
export class Migration20261209000100_contact_search_words extends Migration {
  override async up(): Promise<void> {
    const s = `"${this.config.get('schema')}"`;
    this.addSql(`drop index ${s}."contact_beside_name_trgm_index";`);
    this.addSql(`alter table ${s}."contact" drop column "text_beside_name";`);
    this.addSql(`drop function ${s}."contact_text_beside_name"(text, text);`);
    this.addSql(`drop trigger "contact_label_ids_on_delete" on ${s}."contact_label";`);
    this.addSql(`drop trigger "contact_label_ids_on_insert" on ${s}."contact_label";`);
    this.addSql(`drop function ${s}."contact_label_ids_refresh"();`);
    this.addSql(`drop index ${s}."contact_label_ids_index";`);
    this.addSql(`alter table ${s}."contact" drop column "label_ids";`);
    this.addSql(`drop index ${s}."contact_search_text_trgm_index";`);
    this.addSql(`alter table ${s}."contact" alter column "search_text" set statistics -1;`);

    for (const sql of createWordTable(s)) this.addSql(sql);
  }

  override async down(): Promise<void> {
    const s = `"${this.config.get('schema')}"`;
    for (const sql of dropWordTable(s)) this.addSql(sql);

    this.addSql(`alter table ${s}."contact" alter column "search_text" set statistics 1000;`);
    this.addSql(`alter table ${s}."contact" add column "label_ids" uuid[] not null default '{}';`);
    this.addSql(`update ${s}."contact" c set "label_ids" = held.ids
      from (select "contact_id", array_agg("label_id" order by "label_id") as ids
              from ${s}."contact_label" group by "contact_id") held
     where c."id" = held."contact_id";`);
    this.addSql(`create index "contact_label_ids_index" on ${s}."contact" using gin ("label_ids");`);
    this.addSql(`create function ${s}."contact_label_ids_refresh"() returns trigger language plpgsql as $$
      begin
        perform 1 from ${s}."contact" c where c."id" in (select "contact_id" from changed)
          order by c."id" for no key update;
        update ${s}."contact" c set "label_ids" = fresh.ids
          from (select touched."contact_id",
                       coalesce(array_agg(cl."label_id" order by cl."label_id")
                         filter (where cl."label_id" is not null), '{}') as ids
                  from (select distinct "contact_id" from changed) touched
                  left join ${s}."contact_label" cl on cl."contact_id" = touched."contact_id"
                 group by touched."contact_id") fresh
         where c."id" = fresh."contact_id" and c."label_ids" is distinct from fresh.ids;
        return null;
      end $$;`);
    this.addSql(`create trigger "contact_label_ids_on_insert" after insert on ${s}."contact_label"
      referencing new table as changed for each statement execute function ${s}."contact_label_ids_refresh"();`);
    this.addSql(`create trigger "contact_label_ids_on_delete" after delete on ${s}."contact_label"
      referencing old table as changed for each statement execute function ${s}."contact_label_ids_refresh"();`);
    this
      .addSql(`create function ${s}."contact_text_beside_name"("search_text" text, "sort_name" text) returns text
      language sql immutable parallel safe as $$
      select coalesce(replace(' ' || regexp_replace("search_text", '[^[:alpha:]]+', '  ', 'g') || ' ',
        ' ' || substring("sort_name" from '^[[:alpha:]]+') || ' ',
        ' ' || substr(substring("sort_name" from '^[[:alpha:]]+'), 2) || ' '), "search_text") $$;`);
    this.addSql(`alter table ${s}."contact" add column "text_beside_name" text
      generated always as (${s}."contact_text_beside_name"("search_text", "sort_name")) stored;`);
    this.addSql(`alter table ${s}."contact" alter column "text_beside_name" set statistics 1000;`);
    this.addSql(`do $$
      declare trgm_schema text;
      begin
        select n.nspname into trgm_schema
          from pg_extension e join pg_namespace n on n.oid = e.extnamespace where e.extname = 'pg_trgm';
        execute format('create index "contact_search_text_trgm_index" on %s."contact" using gin ("search_text" %I.gin_trgm_ops)', '${s}', trgm_schema);
        execute format('create index "contact_beside_name_trgm_index" on %s."contact" using gin ("text_beside_name" %I.gin_trgm_ops)', '${s}', trgm_schema);
      end $$;`);
  }
}

/** The word table's rows, kept from `search_text`. */
function words(schema: string): ContactSearchRows {
  return { schema, table: 'contact_search_word', column: 'word', keys: 'contact_search_words' };
}

/** The word table with its rows and the triggers that keep them (`schema` quoted). */
export function createWordTable(s: string): string[] {
  return [
    `create table ${s}."contact_search_word" (
      "contact_id" uuid not null references ${s}."contact" ("id") on delete cascade,
      "word" text collate "C" not null,
      "institution_id" uuid not null,
      "name_key" text not null,
      primary key ("contact_id", "word")
    );`,
    `create function ${s}."contact_search_words"("search_text" text) returns setof text
      language sql immutable parallel safe as $$
      select distinct word from regexp_split_to_table("search_text", '[^[:alnum:]]+') word where word <> '' $$;`,
    ...keepRows(words(s)),
    fillRows(words(s)),
    // "C" collation: a word's beginning is a range of this index, whatever the database's collation.
    `create index "contact_search_word_prefix_index"
      on ${s}."contact_search_word" ("institution_id", "word", "name_key", "contact_id");`,
  ];
}

/** What createWordTable made. */
export function dropWordTable(s: string): string[] {
  return [
    ...stopKeepingRows(words(s)),
    `drop table ${s}."contact_search_word";`,
    `drop function ${s}."contact_search_words"(text);`,
  ];
}

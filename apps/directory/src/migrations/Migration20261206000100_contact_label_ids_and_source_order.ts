import { Migration } from '@mikro-orm/migrations';

/**
 * Three ways for a searched page to stop reading contacts it throws away (docs/performance.md).
 *
 * A contact keeps its labels' ids in `label_ids` too, kept by triggers on `contact_label` (which stays the record
 * the service reads and writes). A search with a label then intersects the trigram index with the labels' GIN
 * index before reading any contact, where testing each trigram match against `contact_label` read thousands of
 * contacts to keep a few hundred: "smith" in "Alumni" among a million contacts, 24-27 ms cold against 65-86 ms.
 * The trigger locks the contacts it refreshes before it reads their labels, so two transactions labelling one
 * contact at once each see the other's label (each statement of the function sees what committed before it).
 *
 * A source filter walks the new (source, name) order instead of the name order testing each contact's source: a
 * company word at career fairs, 22-29 ms cold against 107-150 ms.
 *
 * A trigram index of each contact's text beside its own last name: the searchable text as its words of letters,
 * the word that begins the name order (the last name's first word) without its first letter. A word of letters
 * that begins a run of the name order (Smith) is found in a contact outside the run exactly when it is found in
 * that text, which no longer holds it for the run's own contacts: the few matches outside the run are found
 * without reading the ten thousand Smiths (contact-run-page.ts).
 */
export class Migration20261206000100_contact_label_ids_and_source_order extends Migration {
  override async up(): Promise<void> {
    const s = `"${this.config.get('schema')}"`;
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
      .addSql(`create index "contact_source_name_order_index" on ${s}."contact" ("institution_id", "source", "sort_name", "id")
      where "archived_at" is null;`);
    this
      .addSql(`create function ${s}."contact_text_beside_name"("search_text" text, "sort_name" text) returns text
      language sql immutable parallel safe as $$
      select coalesce(replace(' ' || regexp_replace("search_text", '[^[:alpha:]]+', '  ', 'g') || ' ',
        ' ' || substring("sort_name" from '^[[:alpha:]]+') || ' ',
        ' ' || substr(substring("sort_name" from '^[[:alpha:]]+'), 2) || ' '), "search_text") $$;`);
    this.addSql(`do $$
      declare trgm_schema text;
      begin
        select n.nspname into trgm_schema
          from pg_extension e join pg_namespace n on n.oid = e.extnamespace where e.extname = 'pg_trgm';
        execute format('create index "contact_beside_name_trgm_index" on %s."contact" using gin (%s."contact_text_beside_name"("search_text", "sort_name") %I.gin_trgm_ops)', '${s}', '${s}', trgm_schema);
      end $$;`);
    // As for search_text (Migration20261121000300): the estimate of a word's matches decides walk or fetch-and-sort.
    this.addSql(`alter index ${s}."contact_beside_name_trgm_index" alter column 1 set statistics 1000;`);
  }

  override async down(): Promise<void> {
    const s = `"${this.config.get('schema')}"`;
    this.addSql(`drop index ${s}."contact_beside_name_trgm_index";`);
    this.addSql(`drop function ${s}."contact_text_beside_name"(text, text);`);
    this.addSql(`drop index ${s}."contact_source_name_order_index";`);
    this.addSql(`drop trigger "contact_label_ids_on_delete" on ${s}."contact_label";`);
    this.addSql(`drop trigger "contact_label_ids_on_insert" on ${s}."contact_label";`);
    this.addSql(`drop function ${s}."contact_label_ids_refresh"();`);
    this.addSql(`alter table ${s}."contact" drop column "label_ids";`);
  }
}

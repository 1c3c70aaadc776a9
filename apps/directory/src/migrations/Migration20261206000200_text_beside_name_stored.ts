import { Migration } from '@mikro-orm/migrations';

/**
 * Each contact's text beside its name is kept as a column, worked out when the contact is written, instead of at each
 * search. A search whose word begins a run of the name order may find its matches outside the run by walking the
 * name order, testing each contact's text: made on the fly, that text cost 15-25 µs a contact (a few regular
 * expressions), which PostgreSQL's plan does not count, so a walk of 65,000 contacts took 1.0-1.6 s where it planned
 * a few milliseconds. Kept, a contact is tested by one `like`. The trigram index moves to the column. Adding the
 * column rewrites the table (about a minute for a million contacts).
 */
export class Migration20261206000200_text_beside_name_stored extends Migration {
  override async up(): Promise<void> {
    const s = `"${this.config.get('schema')}"`;
    this.addSql(`alter table ${s}."contact" add column "text_beside_name" text
      generated always as (${s}."contact_text_beside_name"("search_text", "sort_name")) stored;`);
    this.addSql(`drop index ${s}."contact_beside_name_trgm_index";`);
    this.addSql(trigramIndex(s, '"text_beside_name"'));
    // As for search_text (Migration20261121000300): the estimate of a word's matches decides walk or fetch-and-sort.
    this.addSql(`alter table ${s}."contact" alter column "text_beside_name" set statistics 1000;`);
  }

  override async down(): Promise<void> {
    const s = `"${this.config.get('schema')}"`;
    this.addSql(`drop index ${s}."contact_beside_name_trgm_index";`);
    this.addSql(`alter table ${s}."contact" drop column "text_beside_name";`);
    this.addSql(trigramIndex(s, `${s}."contact_text_beside_name"("search_text", "sort_name")`));
    this.addSql(`alter index ${s}."contact_beside_name_trgm_index" alter column 1 set statistics 1000;`);
  }
}

/** The trigram index of the text beside the name, with pg_trgm's operator class from wherever it is installed. */
function trigramIndex(schema: string, text: string): string {
  return `do $$
      declare trgm_schema text;
      begin
        select n.nspname into trgm_schema
          from pg_extension e join pg_namespace n on n.oid = e.extnamespace where e.extname = 'pg_trgm';
        execute format('create index "contact_beside_name_trgm_index" on %s."contact" using gin (%s %I.gin_trgm_ops)', '${schema}', '${text.replace(/'/g, "''")}', trgm_schema);
      end $$;`;
}

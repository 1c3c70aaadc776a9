import { Migration } from '@mikro-orm/migrations';

/**
 * Settings, labels, companies and their staff, contacts with their labels and notes, and the copy of users that
 * links contacts. The text search is a trigram index: pg_trgm is made in this schema unless the database has it.
 */
export class Migration20261121000300_address_book extends Migration {
  override async up(): Promise<void> {
    const s = `"${this.config.get('schema')}"`;
    this.addSql(`create table ${s}."institution_settings" (
      "institution_id" uuid not null primary key references ${s}."institution" ("id") on delete cascade,
      "employer_approval" jsonb null,
      "uses_single_sign_on" boolean not null default false,
      "accepts_student_requests" boolean not null default true,
      "updated_at" timestamptz not null,
      "updated_by" uuid null
    );`);
    this.addSql(`insert into ${s}."institution_settings" ("institution_id", "updated_at")
      select "id", "created_at" from ${s}."institution";`);

    this.addSql(`create table ${s}."label" (
      "id" uuid not null primary key,
      "created_at" timestamptz not null,
      "updated_at" timestamptz not null,
      "institution_id" uuid not null references ${s}."institution" ("id") on delete cascade,
      "name" text not null,
      "name_key" text not null,
      constraint "label_institution_id_name_key_unique" unique ("institution_id", "name_key")
    );`);

    this.addSql(`create table ${s}."company" (
      "id" uuid not null primary key,
      "created_at" timestamptz not null,
      "updated_at" timestamptz not null,
      "name" text not null,
      "name_key" text not null,
      "domain" text null constraint "company_domain_unique" unique,
      "website" text null,
      "created_by_institution_id" uuid null,
      "created_by" uuid not null
    );`);
    this.addSql(`create table ${s}."company_staff" (
      "user_id" uuid not null primary key,
      "company_id" uuid not null references ${s}."company" ("id") on delete cascade,
      "joined_at" timestamptz not null
    );`);
    this.addSql(`create index "company_staff_company_id_index" on ${s}."company_staff" ("company_id");`);

    this.addSql(`create table ${s}."contact" (
      "id" uuid not null primary key,
      "created_at" timestamptz not null,
      "updated_at" timestamptz not null,
      "institution_id" uuid not null references ${s}."institution" ("id") on delete cascade,
      "first_name" text not null,
      "last_name" text not null,
      "email" text not null,
      "email_key" text not null,
      "sort_name" text not null,
      "search_text" text not null,
      "title" text null,
      "department" text null,
      "phone" text null,
      "mobile_phone" text null,
      "company_id" uuid null references ${s}."company" ("id") on delete set null,
      "company_name" text null,
      "source" text not null,
      "linked_user_id" uuid null,
      "linked_at" timestamptz null,
      "archived_at" timestamptz null,
      "created_by" uuid null,
      constraint "contact_institution_id_email_key_unique" unique ("institution_id", "email_key")
    );`);
    // PostgreSQL estimates how many contacts `like '%word%'` matches from this column's histogram. With the default
    // 100 entries a word in 2% of a million contacts often matches none of them and is taken for a rare one: every
    // match is then fetched and sorted (70 ms) where walking the name order to the first page takes 15 ms.
    this.addSql(`alter table ${s}."contact" alter column "search_text" set statistics 1000;`);
    // The list's orders (each ends with the id, so a cursor marks one place) and the linker's lookups.
    this
      .addSql(`create index "contact_name_order_index" on ${s}."contact" ("institution_id", "sort_name", "id")
      where "archived_at" is null;`);
    this.addSql(
      `create index "contact_created_order_index" on ${s}."contact" ("institution_id", "created_at", "id");`,
    );
    this.addSql(`create index "contact_company_index" on ${s}."contact" ("institution_id", "company_id");`);
    // Resolving a source for a bulk invite goes through it in id order, a batch after another; without it each batch
    // walks the primary key testing every contact (2 s for a source of 50,000 among a million, against 0.6 s).
    this.addSql(
      `create index "contact_source_order_index" on ${s}."contact" ("institution_id", "source", "id");`,
    );
    this.addSql(`create index "contact_email_key_index" on ${s}."contact" ("email_key");`);
    this.addSql(`create index "contact_linked_user_id_index" on ${s}."contact" ("linked_user_id");`);

    this.addSql(`create table ${s}."contact_label" (
      "contact_id" uuid not null references ${s}."contact" ("id") on delete cascade,
      "label_id" uuid not null references ${s}."label" ("id") on delete cascade,
      primary key ("contact_id", "label_id")
    );`);
    this.addSql(
      `create index "contact_label_label_index" on ${s}."contact_label" ("label_id", "contact_id");`,
    );

    this.addSql(`create table ${s}."contact_note" (
      "id" uuid not null primary key,
      "created_at" timestamptz not null,
      "updated_at" timestamptz not null,
      "contact_id" uuid not null references ${s}."contact" ("id") on delete cascade,
      "author_id" uuid not null,
      "text" text not null
    );`);
    this.addSql(
      `create index "contact_note_contact_id_created_at_index" on ${s}."contact_note" ("contact_id", "created_at");`,
    );

    this.addSql(`create table ${s}."user_replica" (
      "id" uuid not null primary key,
      "email_key" text null,
      "email_at" timestamptz not null,
      "status" text null,
      "status_at" timestamptz not null,
      "user_type" text null,
      "deleted_at" timestamptz null
    );`);
    this.addSql(`create index "user_replica_email_key_index" on ${s}."user_replica" ("email_key");`);

    this.addSql(`do $$
      declare trgm_schema text;
      begin
        if not exists (select 1 from pg_extension where extname = 'pg_trgm') then
          create extension pg_trgm with schema ${s};
        end if;
        select n.nspname into trgm_schema
          from pg_extension e join pg_namespace n on n.oid = e.extnamespace where e.extname = 'pg_trgm';
        execute format('create index "contact_search_text_trgm_index" on %s."contact" using gin ("search_text" %I.gin_trgm_ops)', '${s}', trgm_schema);
        execute format('create index "company_name_key_trgm_index" on %s."company" using gin ("name_key" %I.gin_trgm_ops)', '${s}', trgm_schema);
      end $$;`);
  }

  override async down(): Promise<void> {
    const s = `"${this.config.get('schema')}"`;
    for (const table of [
      'user_replica',
      'contact_note',
      'contact_label',
      'contact',
      'company_staff',
      'company',
      'label',
      'institution_settings',
    ]) {
      this.addSql(`drop table if exists ${s}."${table}";`);
    }
  }
}

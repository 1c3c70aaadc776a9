import { Migration } from '@mikro-orm/migrations';

export class Migration20261121000700_imports extends Migration {
  override async up(): Promise<void> {
    const s = `"${this.config.get('schema')}"`;
    this.addSql(`create table ${s}."import" (
      "id" uuid not null primary key,
      "created_at" timestamptz not null,
      "updated_at" timestamptz not null,
      "institution_id" uuid not null,
      "file_type" text not null check ("file_type" in ('Students', 'Alumni', 'Mentors', 'Contacts')),
      "mode" text not null check ("mode" in ('sync', 'manual')),
      "sensitive_fields" boolean not null,
      "file_name" text not null,
      "status" text not null,
      "header" jsonb not null,
      "rows" int not null,
      "errors" int not null,
      "warnings" int not null,
      "created_by" uuid not null
    );`);
    this.addSql(
      `create index "import_institution_id_created_at_index" on ${s}."import" ("institution_id", "created_at");`,
    );
    this.addSql(`create table ${s}."import_row" (
      "import_id" uuid not null references ${s}."import" ("id") on delete cascade,
      "row" int not null,
      "cells" jsonb not null,
      "values" jsonb not null,
      "errors" int not null,
      primary key ("import_id", "row")
    );`);
    this.addSql(`create table ${s}."import_finding" (
      "import_id" uuid not null references ${s}."import" ("id") on delete cascade,
      "seq" int not null,
      "row" int null,
      "column" text null,
      "value" text null,
      "code" text not null,
      "message" text not null,
      "severity" text not null check ("severity" in ('error', 'warning')),
      primary key ("import_id", "seq")
    );`);
  }

  override async down(): Promise<void> {
    const s = `"${this.config.get('schema')}"`;
    for (const table of ['import_finding', 'import_row', 'import'])
      this.addSql(`drop table if exists ${s}."${table}";`);
  }
}

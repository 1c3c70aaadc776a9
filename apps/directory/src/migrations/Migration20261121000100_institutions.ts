import { Migration } from '@mikro-orm/migrations';

export class Migration20261121000100_institutions extends Migration {
  override async up(): Promise<void> {
    const schema = this.config.get('schema');
    this.addSql(`create table "${schema}"."institution" (
      "id" uuid not null primary key,
      "created_at" timestamptz not null,
      "updated_at" timestamptz not null,
      "name" text not null,
      "name_key" text not null,
      "website" text null,
      "email_domains" text[] not null default '{}',
      "created_by" uuid not null
    );`);
    this.addSql(
      `alter table "${schema}"."institution" add constraint "institution_name_key_unique" unique ("name_key");`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "${this.config.get('schema')}"."institution";`);
  }
}

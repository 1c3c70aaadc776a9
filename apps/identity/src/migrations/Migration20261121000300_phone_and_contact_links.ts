import { Migration } from '@mikro-orm/migrations';

/** A phone on the user's profile, and identity's copy of which users are contacts of which institution. */
export class Migration20261121000300_phone_and_contact_links extends Migration {
  override async up(): Promise<void> {
    const schema = this.config.get('schema');
    this.addSql(`alter table "${schema}"."user_account" add column "phone" text null;`);
    this.addSql(`create table "${schema}"."contact_link" (
      "contact_id" uuid not null primary key,
      "institution_id" uuid not null,
      "user_id" uuid not null,
      "linked" boolean not null,
      "changed_at" timestamptz not null
    );`);
    this.addSql(
      `create index "contact_link_institution_id_user_id_index" on "${schema}"."contact_link" ("institution_id", "user_id");`,
    );
  }

  override async down(): Promise<void> {
    const schema = this.config.get('schema');
    this.addSql(`drop table if exists "${schema}"."contact_link";`);
    this.addSql(`alter table "${schema}"."user_account" drop column "phone";`);
  }
}

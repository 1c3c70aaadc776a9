import { Migration } from '@mikro-orm/migrations';

/** The names of identity's users, kept from its events (entity `UserName`), for replies that say who did something. */
export class Migration20261211000100_user_names extends Migration {
  override async up(): Promise<void> {
    const s = `"${this.config.get('schema')}"`;
    this.addSql(`create table ${s}."user_name" (
      "id" uuid not null primary key,
      "name" text null,
      "name_at" timestamptz not null,
      "deleted_at" timestamptz null
    );`);
  }

  override async down(): Promise<void> {
    const s = `"${this.config.get('schema')}"`;
    this.addSql(`drop table if exists ${s}."user_name";`);
  }
}

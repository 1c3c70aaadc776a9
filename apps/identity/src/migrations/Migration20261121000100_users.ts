import { Migration } from '@mikro-orm/migrations';

export class Migration20261121000100_users extends Migration {
  override async up(): Promise<void> {
    const schema = this.config.get('schema');
    this.addSql(`create table "${schema}"."user_account" (
      "id" uuid not null primary key,
      "created_at" timestamptz not null,
      "updated_at" timestamptz not null,
      "email" text not null,
      "email_key" text not null,
      "name" text not null,
      "user_type" text not null check ("user_type" in ('student', 'alumni', 'employer', 'career_services', 'mentor', 'platform_admin')),
      "status" text not null check ("status" in ('active', 'pending_verification', 'disabled')),
      "password_hash" text null
    );`);
    this.addSql(
      `alter table "${schema}"."user_account" add constraint "user_account_email_key_unique" unique ("email_key");`,
    );
    this.addSql(`create index "user_account_user_type_index" on "${schema}"."user_account" ("user_type");`);
    this.addSql(`create table "${schema}"."institution_replica" (
      "id" uuid not null primary key,
      "name" text not null,
      "synced_at" timestamptz not null
    );`);
  }

  override async down(): Promise<void> {
    const schema = this.config.get('schema');
    this.addSql(`drop table if exists "${schema}"."institution_replica";`);
    this.addSql(`drop table if exists "${schema}"."user_account";`);
  }
}

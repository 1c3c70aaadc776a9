import { Migration } from '@mikro-orm/migrations';

export class Migration20261121000200_memberships_and_credentials extends Migration {
  override async up(): Promise<void> {
    const schema = this.config.get('schema');
    this.addSql(`create table "${schema}"."membership" (
      "id" uuid not null primary key,
      "created_at" timestamptz not null,
      "updated_at" timestamptz not null,
      "user_id" uuid not null references "${schema}"."user_account" ("id") on delete cascade,
      "institution_id" uuid not null,
      "status" text not null check ("status" in ('pending', 'active', 'declined')),
      "roles" text[] not null,
      "username" text not null,
      "username_key" text not null,
      "auth_identifier" text null,
      "excluded_from_syncs" boolean not null default false,
      constraint "membership_user_id_institution_id_unique" unique ("user_id", "institution_id"),
      constraint "membership_institution_id_username_key_unique" unique ("institution_id", "username_key")
    );`);
    this.addSql(
      `create index "membership_institution_id_status_index" on "${schema}"."membership" ("institution_id", "status");`,
    );
    this.addSql(`create table "${schema}"."one_time_token" (
      "id" uuid not null primary key,
      "created_at" timestamptz not null,
      "updated_at" timestamptz not null,
      "user_id" uuid not null references "${schema}"."user_account" ("id") on delete cascade,
      "purpose" text not null check ("purpose" in ('verify_email', 'reset_password', 'set_password', 'confirm_email_change')),
      "digest" text not null,
      "expires_at" timestamptz not null,
      "used_at" timestamptz null,
      constraint "one_time_token_digest_unique" unique ("digest")
    );`);
    this.addSql(
      `create index "one_time_token_user_id_purpose_index" on "${schema}"."one_time_token" ("user_id", "purpose");`,
    );
    this.addSql(`create table "${schema}"."email_change" (
      "id" uuid not null primary key,
      "created_at" timestamptz not null,
      "updated_at" timestamptz not null,
      "user_id" uuid not null references "${schema}"."user_account" ("id") on delete cascade,
      "new_email" text not null,
      "new_email_key" text not null,
      "channel" text not null check ("channel" in ('code', 'link')),
      "code_digest" text null,
      "attempts_left" integer not null,
      "expires_at" timestamptz not null,
      "requested_by" uuid not null,
      constraint "email_change_user_id_unique" unique ("user_id")
    );`);
  }

  override async down(): Promise<void> {
    const schema = this.config.get('schema');
    this.addSql(`drop table if exists "${schema}"."email_change";`);
    this.addSql(`drop table if exists "${schema}"."one_time_token";`);
    this.addSql(`drop table if exists "${schema}"."membership";`);
  }
}

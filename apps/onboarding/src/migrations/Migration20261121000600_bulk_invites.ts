import { Migration } from '@mikro-orm/migrations';

export class Migration20261121000600_bulk_invites extends Migration {
  override async up(): Promise<void> {
    const s = `"${this.config.get('schema')}"`;
    this.addSql(`create table ${s}."bulk_invite" (
      "id" uuid not null primary key,
      "created_at" timestamptz not null,
      "updated_at" timestamptz not null,
      "institution_id" uuid not null,
      "status" text not null check ("status" in ('draft', 'sending', 'sent')),
      "selection" jsonb not null,
      "demographics" jsonb not null,
      "emailed" int not null default 0,
      "created_by" uuid not null,
      "sent_at" timestamptz null,
      "sent_by" uuid null,
      "send_key" text null
    );`);
    this.addSql(
      `create index "bulk_invite_institution_id_created_at_index" on ${s}."bulk_invite" ("institution_id", "created_at");`,
    );
    this.addSql(
      `create index "bulk_invite_sending_index" on ${s}."bulk_invite" ("sent_at") where "status" = 'sending';`,
    );
    this.addSql(`create table ${s}."bulk_invite_recipient" (
      "bulk_invite_id" uuid not null references ${s}."bulk_invite" ("id") on delete cascade,
      "contact_id" uuid not null,
      "email" text not null,
      "first_name" text not null,
      "last_name" text not null,
      "outcome" text null,
      "not_invitable" text null,
      "user_id" uuid null,
      "invitation_id" uuid null,
      "emailed_at" timestamptz null,
      primary key ("bulk_invite_id", "contact_id")
    );`);
    // The mailer's claim: the recipients of one invite not emailed yet.
    this
      .addSql(`create index "bulk_invite_recipient_to_email_index" on ${s}."bulk_invite_recipient" ("bulk_invite_id", "contact_id")
      where "emailed_at" is null and "outcome" in ('no_account', 'account_no_company', 'account_with_company');`);
    this.addSql(`create table ${s}."invitation" (
      "id" uuid not null primary key,
      "created_at" timestamptz not null,
      "updated_at" timestamptz not null,
      "institution_id" uuid not null,
      "bulk_invite_id" uuid null,
      "contact_id" uuid not null,
      "email" text not null,
      "first_name" text not null,
      "outcome" text not null,
      "token_digest" text not null constraint "invitation_token_digest_unique" unique,
      "expires_at" timestamptz not null,
      "accepted_at" timestamptz null,
      "accepted_by" uuid null,
      "account_created" boolean not null default false,
      "revoked_at" timestamptz null,
      "version" int not null default 1
    );`);
    this.addSql(`create index "invitation_bulk_invite_id_index" on ${s}."invitation" ("bulk_invite_id");`);
    this.addSql(`create index "join_request_invitation_id_index" on ${s}."join_request" ("invitation_id");`);
  }

  override async down(): Promise<void> {
    const s = `"${this.config.get('schema')}"`;
    this.addSql(`drop index if exists ${s}."join_request_invitation_id_index";`);
    for (const table of ['invitation', 'bulk_invite_recipient', 'bulk_invite']) {
      this.addSql(`drop table if exists ${s}."${table}";`);
    }
  }
}

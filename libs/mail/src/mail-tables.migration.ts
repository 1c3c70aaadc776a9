import { Migration } from '@mikro-orm/migrations';

/** The durable mail queue of a service that sends mail, in its own schema. Never edited once released. */
export class CreateMailTables extends Migration {
  static readonly migrationName = 'Migration20261121000050_mail_tables';

  override async up(): Promise<void> {
    const schema = this.config.get('schema');
    this.addSql(`create table "${schema}"."mail_message" (
      "id" uuid not null primary key,
      "recipient" text not null,
      "template" text not null,
      "subject" text not null,
      "html" text not null,
      "text" text not null,
      "status" text not null check ("status" in ('queued', 'sent', 'failed')),
      "attempts" integer not null,
      "next_attempt_at" timestamptz not null,
      "last_error" text null,
      "queued_at" timestamptz not null,
      "sent_at" timestamptz null
    );`);
    this.addSql(
      `create index "mail_message_status_next_attempt_at_index" on "${schema}"."mail_message" ("status", "next_attempt_at");`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "${this.config.get('schema')}"."mail_message";`);
  }
}

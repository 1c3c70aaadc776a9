import { Migration } from '@mikro-orm/migrations';

/**
 * The outbox and inbox tables every service that publishes or consumes events has in its own schema. Shared by the
 * services' migration lists; like any migration, never edited once released.
 */
export class CreateEventTables extends Migration {
  static readonly migrationName = 'Migration20261121000000_event_tables';

  override async up(): Promise<void> {
    const schema = this.config.get('schema');
    this.addSql(`create table "${schema}"."outbox_event" (
      "id" uuid not null primary key,
      "subject" text not null,
      "envelope" jsonb not null,
      "occurred_at" timestamptz not null
    );`);
    this.addSql(
      `create index "outbox_event_occurred_at_id_index" on "${schema}"."outbox_event" ("occurred_at", "id");`,
    );
    this.addSql(`create table "${schema}"."inbox_event" (
      "consumer" text not null,
      "event_id" uuid not null,
      "subject" text not null,
      "handled_at" timestamptz not null,
      primary key ("consumer", "event_id")
    );`);
  }

  override async down(): Promise<void> {
    const schema = this.config.get('schema');
    this.addSql(`drop table if exists "${schema}"."inbox_event";`);
    this.addSql(`drop table if exists "${schema}"."outbox_event";`);
  }
}

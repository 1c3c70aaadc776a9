import { Migration } from '@mikro-orm/migrations';

/**
 * The outbox keeps each envelope as the JSON text it was given (`json`), not PostgreSQL's binary form (`jsonb`): it is
 * written once, read once as text and published as it is, never queried inside; an import's events carry hundreds of
 * people each, and the conversion both ways cost more than the rest of the relay. And events go out in the order they
 * were written, by a sequence: events recorded in one statement share their time, and ordered by time and a random
 * id they went out in any order. Shared like `CreateEventTables`.
 */
export class OutboxAsWritten extends Migration {
  static readonly migrationName = 'Migration20261204000000_outbox_as_written';

  override async up(): Promise<void> {
    const outbox = this.outbox();
    this.addSql(`alter table ${outbox} alter column "envelope" type json using "envelope"::json;`);
    this.addSql(`alter table ${outbox} add column "seq" bigint generated always as identity;`);
    this.addSql(`create index "outbox_event_seq_index" on ${outbox} ("seq");`);
    this.addSql(`drop index ${this.schema()}."outbox_event_occurred_at_id_index";`);
  }

  override async down(): Promise<void> {
    const outbox = this.outbox();
    this.addSql(`create index "outbox_event_occurred_at_id_index" on ${outbox} ("occurred_at", "id");`);
    this.addSql(`alter table ${outbox} drop column "seq";`);
    this.addSql(`alter table ${outbox} alter column "envelope" type jsonb using "envelope"::jsonb;`);
  }

  private schema(): string {
    return `"${this.config.get('schema')}"`;
  }

  private outbox(): string {
    return `${this.schema()}."outbox_event"`;
  }
}

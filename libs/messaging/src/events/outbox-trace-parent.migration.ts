import { Migration } from '@mikro-orm/migrations';

/**
 * Each outbox row keeps the trace its event was recorded in (W3C `traceparent`), so that the relay publishes the event
 * in that trace and its consumers handle it there. Shared like `CreateEventTables`.
 */
export class OutboxTraceParent extends Migration {
  static readonly migrationName = 'Migration20261212000000_outbox_trace_parent';

  override async up(): Promise<void> {
    this.addSql(`alter table ${this.outbox()} add column "traceparent" text;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table ${this.outbox()} drop column "traceparent";`);
  }

  private outbox(): string {
    return `"${this.config.get('schema')}"."outbox_event"`;
  }
}

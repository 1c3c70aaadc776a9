import { Migration } from '@mikro-orm/migrations';

/**
 * Envelopes are compressed with lz4 rather than PostgreSQL's default pglz: an import's events carry hundreds of
 * people each, tens of kilobytes of JSON, which lz4 compresses several times faster than pglz to about the same
 * size. On a server built without lz4 the column keeps pglz. Shared like
 * `CreateEventTables`; rows already written keep how they were compressed.
 */
export class OutboxEnvelopesLz4 extends Migration {
  static readonly migrationName = 'Migration20261206000000_outbox_envelopes_lz4';

  override async up(): Promise<void> {
    this.addSql(`do $$
      begin
        alter table ${this.outbox()} alter column "envelope" set compression lz4;
      exception when feature_not_supported then
        raise notice 'lz4 is not supported by this server: outbox envelopes stay compressed with pglz';
      end $$;`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table ${this.outbox()} alter column "envelope" set compression default;`);
  }

  private outbox(): string {
    return `"${this.config.get('schema')}"."outbox_event"`;
  }
}

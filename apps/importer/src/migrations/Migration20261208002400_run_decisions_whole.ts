import { Migration } from '@mikro-orm/migrations';

/**
 * A run now stores what it decided for a row that creates (its changes and what it sends) instead of making them
 * again from the row's cells. A run under way kept its rows past the cursor without them: those decisions are
 * dropped, and the run decides those rows again when it goes on (a batch written already is found unchanged).
 */
export class Migration20261208002400_run_decisions_whole extends Migration {
  override async up(): Promise<void> {
    const s = `"${this.config.get('schema')}"`;
    this.addSql(
      `delete from ${s}."import_run_row" d using ${s}."import" i
        where i."id" = d."import_id" and i."status" = 'running' and d."row" > i."run_cursor";`,
    );
  }

  override async down(): Promise<void> {
    // The decisions dropped are decided again by the run; the ones stored whole are read as before.
  }
}

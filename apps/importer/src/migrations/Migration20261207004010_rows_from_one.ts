import { Migration } from '@mikro-orm/migrations';

const ROW_TABLES = ['import_row', 'import_run_row', 'import_finding'] as const;

/**
 * Rows are numbered as the API documents them: 1 is the first row after the header (it was 2, the header being 1).
 * Each table is renumbered in two statements, through negative numbers, so no row takes a number another still has.
 * A run under way goes on from the same row, now one lower.
 */
export class Migration20261207004010_rows_from_one extends Migration {
  override async up(): Promise<void> {
    this.shift(-1);
  }

  override async down(): Promise<void> {
    this.shift(1);
  }

  private shift(by: number): void {
    const s = `"${this.config.get('schema')}"`;
    for (const table of ROW_TABLES) {
      this.addSql(`update ${s}."${table}" set "row" = -"row" where "row" is not null;`);
      this.addSql(`update ${s}."${table}" set "row" = -"row" + ${by} where "row" is not null;`);
    }
    this.addSql(
      `update ${s}."import" set "run_cursor" = greatest("run_cursor" + ${by}, 0) where "run_cursor" > 0;`,
    );
    this.addSql(
      `update ${s}."import" set "run_processed" = greatest("run_cursor" - ${by > 0 ? 1 : 0}, 0)
        where "run_phase" is not null and "run_phase" <> 'done';`,
    );
  }
}

import { Migration } from '@mikro-orm/migrations';

/**
 * Rows are kept as uploaded: their values are made again from the cells and the header, and a row that creates is
 * kept as its outcome only (its changes and what it sends are its values again), in the plan and in a run's
 * decisions. Going down restores the columns' shape, not what this version left out: imports uploaded meanwhile and
 * not yet run must be uploaded again, and runs under way must finish first.
 */
export class Migration20261204000750_rows_as_uploaded extends Migration {
  override async up(): Promise<void> {
    const s = `"${this.config.get('schema')}"`;
    this.addSql(`alter table ${s}."import_row" drop column "values";`);
    this.addSql(`alter table ${s}."import_run_row" alter column "changes" drop not null;`);
  }

  override async down(): Promise<void> {
    const s = `"${this.config.get('schema')}"`;
    this.addSql(`update ${s}."import_run_row" set "changes" = '[]' where "changes" is null;`);
    this.addSql(`alter table ${s}."import_run_row" alter column "changes" set not null;`);
    this.addSql(`alter table ${s}."import_row" add column "values" json not null default '{}';`);
    this.addSql(`alter table ${s}."import_row" alter column "values" drop default;`);
  }
}

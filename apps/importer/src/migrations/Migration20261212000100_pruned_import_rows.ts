import { Migration } from '@mikro-orm/migrations';

/**
 * A finished import's rows, findings and results are pruned after a while, the import itself kept: it says whether
 * they still are, and pruning finds the imports due by when their run finished, and those being pruned.
 */
export class Migration20261212000100_pruned_import_rows extends Migration {
  override async up(): Promise<void> {
    const s = `"${this.config.get('schema')}"`;
    this.addSql(`alter table ${s}."import" add column "rows_status" text not null default 'kept'
      check ("rows_status" in ('kept', 'pruning', 'pruned'));`);
    this.addSql(`create index "import_run_finished_at_index" on ${s}."import" ("run_finished_at")
      where "rows_status" = 'kept' and "run_finished_at" is not null;`);
    this.addSql(
      `create index "import_rows_pruning_index" on ${s}."import" ("id") where "rows_status" = 'pruning';`,
    );
  }

  override async down(): Promise<void> {
    const s = `"${this.config.get('schema')}"`;
    this.addSql(`drop index ${s}."import_rows_pruning_index";`);
    this.addSql(`drop index ${s}."import_run_finished_at_index";`);
    this.addSql(`alter table ${s}."import" drop column "rows_status";`);
  }
}

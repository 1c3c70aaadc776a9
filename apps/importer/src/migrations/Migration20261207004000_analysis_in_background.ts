import { Migration } from '@mikro-orm/migrations';

/**
 * Uploads are analysed in the background: an import waits in `analyzing` with its file, its progress and the try
 * that holds it, and ends `analyzed` or `failed` with why. Findings beyond the caps are counted, not stored.
 */
export class Migration20261207004000_analysis_in_background extends Migration {
  override async up(): Promise<void> {
    const s = `"${this.config.get('schema')}"`;
    this.addSql(`alter table ${s}."import"
      add column "analysis_file" jsonb null,
      add column "analysis_rows_read" int not null default 0,
      add column "analysis_attempts" int not null default 0,
      add column "analysis_claimed_until" timestamptz null,
      add column "analysis_finished_at" timestamptz null,
      add column "analysis_failure" jsonb null,
      add column "findings_omitted" jsonb not null default '[]';`);
    this.addSql(
      `update ${s}."import" set "analysis_rows_read" = "rows", "analysis_finished_at" = "updated_at";`,
    );
    this.addSql(
      `create index "import_analyzing_index" on ${s}."import" ("updated_at") where "status" = 'analyzing';`,
    );
  }

  override async down(): Promise<void> {
    const s = `"${this.config.get('schema')}"`;
    this.addSql(`drop index ${s}."import_analyzing_index";`);
    this.addSql(`alter table ${s}."import"
      drop column "analysis_file", drop column "analysis_rows_read", drop column "analysis_attempts",
      drop column "analysis_claimed_until", drop column "analysis_finished_at", drop column "analysis_failure",
      drop column "findings_omitted";`);
  }
}

import { Migration } from '@mikro-orm/migrations';

/**
 * The run: on the import, its phase, where it is (the last row decided or written, so a restart goes on from the
 * next batch) and its counts; on each row, what the run decided, what it will send, and what came of it.
 */
export class Migration20261121000720_import_runs extends Migration {
  override async up(): Promise<void> {
    const s = `"${this.config.get('schema')}"`;
    this.addSql(`alter table ${s}."import"
      add column "run_phase" text null check ("run_phase" in ('deciding', 'applying', 'done')),
      add column "run_cursor" integer not null default 0,
      add column "run_processed" integer not null default 0,
      add column "run_matched" integer not null default 0,
      add column "run_email_changes" integer not null default 0,
      add column "run_counts" jsonb null,
      add column "run_started_by" uuid null,
      add column "run_started_at" timestamptz null,
      add column "run_finished_at" timestamptz null,
      add column "run_stop_reason" text null;`);
    this.addSql(
      `create index "import_running_index" on ${s}."import" ("run_started_at") where "status" = 'running';`,
    );
    this.addSql(`alter table ${s}."import_row"
      add column "run_outcome" text null,
      add column "run_code" text null,
      add column "run_reason" text null,
      add column "run_changes" jsonb null,
      add column "run_apply" jsonb null;`);
  }

  override async down(): Promise<void> {
    const s = `"${this.config.get('schema')}"`;
    this.addSql(`alter table ${s}."import_row"
      drop column "run_outcome", drop column "run_code", drop column "run_reason", drop column "run_changes",
      drop column "run_apply";`);
    this.addSql(`drop index if exists ${s}."import_running_index";`);
    this.addSql(`alter table ${s}."import"
      drop column "run_phase", drop column "run_cursor", drop column "run_processed", drop column "run_matched",
      drop column "run_email_changes", drop column "run_counts", drop column "run_started_by",
      drop column "run_started_at", drop column "run_finished_at", drop column "run_stop_reason";`);
  }
}

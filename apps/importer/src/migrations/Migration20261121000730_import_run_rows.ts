import { Migration } from '@mikro-orm/migrations';

/**
 * A run's decisions and results move to a narrow table of their own, written once by insert (updating every wide
 * uploaded row cost more than deciding it); the phases become `checking` (a sync's guard pass), `writing`, `done`.
 */
export class Migration20261121000730_import_run_rows extends Migration {
  override async up(): Promise<void> {
    const s = `"${this.config.get('schema')}"`;
    this.addSql(`create table ${s}."import_run_row" (
      "import_id" uuid not null,
      "row" integer not null,
      "outcome" text not null,
      "code" text null,
      "reason" text null,
      "changes" jsonb not null,
      "apply" jsonb null,
      constraint "import_run_row_pkey" primary key ("import_id", "row")
    );`);
    this.addSql(`alter table ${s}."import_row"
      drop column "run_outcome", drop column "run_code", drop column "run_reason", drop column "run_changes",
      drop column "run_apply";`);
    this.addSql(`alter table ${s}."import" drop constraint "import_run_phase_check";`);
    this
      .addSql(`update ${s}."import" set "run_phase" = case "run_phase" when 'done' then 'done' else 'writing' end
      where "run_phase" is not null;`);
    this.addSql(`alter table ${s}."import" add constraint "import_run_phase_check"
      check ("run_phase" in ('checking', 'writing', 'done'));`);
  }

  override async down(): Promise<void> {
    const s = `"${this.config.get('schema')}"`;
    this.addSql(`alter table ${s}."import" drop constraint "import_run_phase_check";`);
    this
      .addSql(`update ${s}."import" set "run_phase" = case "run_phase" when 'done' then 'done' else 'applying' end
      where "run_phase" is not null;`);
    this.addSql(`alter table ${s}."import" add constraint "import_run_phase_check"
      check ("run_phase" in ('deciding', 'applying', 'done'));`);
    this.addSql(`alter table ${s}."import_row"
      add column "run_outcome" text null, add column "run_code" text null, add column "run_reason" text null,
      add column "run_changes" jsonb null, add column "run_apply" jsonb null;`);
    this.addSql(`drop table if exists ${s}."import_run_row";`);
  }
}

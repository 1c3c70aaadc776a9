import { Migration } from '@mikro-orm/migrations';

/** Each row's planned outcome (the dry run), decided on upload by the same code as the run. */
export class Migration20261121000710_import_plan extends Migration {
  override async up(): Promise<void> {
    const s = `"${this.config.get('schema')}"`;
    this.addSql(`alter table ${s}."import_row"
      add column "plan_outcome" text null,
      add column "plan_code" text null,
      add column "plan_reason" text null,
      add column "plan_changes" jsonb null;`);
  }

  override async down(): Promise<void> {
    const s = `"${this.config.get('schema')}"`;
    this.addSql(`alter table ${s}."import_row"
      drop column "plan_outcome", drop column "plan_code", drop column "plan_reason", drop column "plan_changes";`);
  }
}

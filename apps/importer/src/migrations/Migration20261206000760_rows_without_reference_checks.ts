import { Migration } from '@mikro-orm/migrations';

/**
 * An import's rows no longer check their import on every insert, as its run's decisions never did. The rows are
 * written only in the transaction that creates the import or holds its lock, and imports are never deleted; the check
 * cost PostgreSQL 0.8 to 1.0 CPU-seconds of the 100,000 rows of a file (a lookup and a lock of the import for each
 * row), as much as writing the rows themselves. Whatever comes to delete imports deletes their rows with them.
 */
export class Migration20261206000760_rows_without_reference_checks extends Migration {
  override async up(): Promise<void> {
    const s = `"${this.config.get('schema')}"`;
    this.addSql(`alter table ${s}."import_row" drop constraint "import_row_import_id_fkey";`);
  }

  override async down(): Promise<void> {
    const s = `"${this.config.get('schema')}"`;
    this.addSql(
      `delete from ${s}."import_row" r where not exists (select from ${s}."import" i where i."id" = r."import_id");`,
    );
    this.addSql(`alter table ${s}."import_row" add constraint "import_row_import_id_fkey"
      foreign key ("import_id") references ${s}."import" ("id") on delete cascade;`);
  }
}

import { Migration } from '@mikro-orm/migrations';

/** The import list pages newest first, then by id: a keyset on this index. */
export class Migration20261208000200_imports_newest_first extends Migration {
  override async up(): Promise<void> {
    const s = `"${this.config.get('schema')}"`;
    this.addSql(
      `create index "import_newest_first_index" on ${s}."import" ("institution_id", "created_at", "id");`,
    );
    this.addSql(`drop index if exists ${s}."import_institution_id_created_at_index";`);
  }

  override async down(): Promise<void> {
    const s = `"${this.config.get('schema')}"`;
    this.addSql(
      `create index "import_institution_id_created_at_index" on ${s}."import" ("institution_id", "created_at");`,
    );
    this.addSql(`drop index if exists ${s}."import_newest_first_index";`);
  }
}

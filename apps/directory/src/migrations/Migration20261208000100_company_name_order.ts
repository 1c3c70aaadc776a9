import { Migration } from '@mikro-orm/migrations';

/** The company search pages by name, then id: a keyset on this index. */
export class Migration20261208000100_company_name_order extends Migration {
  override async up(): Promise<void> {
    const s = `"${this.config.get('schema')}"`;
    this.addSql(`create index "company_name_order_index" on ${s}."company" ("name_key", "id");`);
  }

  override async down(): Promise<void> {
    const s = `"${this.config.get('schema')}"`;
    this.addSql(`drop index if exists ${s}."company_name_order_index";`);
  }
}

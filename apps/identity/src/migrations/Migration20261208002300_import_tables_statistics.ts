import { Migration } from '@mikro-orm/migrations';

/**
 * The tables an import grows, and those of the columns its lookups find people by that are unique. `membership`'s
 * `user_id` and `institution_id` keep the default target: they repeat (an institution has many members, unevenly),
 * and a small sample would misjudge the staff and institution-user lists that filter on them.
 */
const TABLES: Record<string, string[]> = {
  user_account: ['id', 'email_key'],
  membership: ['username_key'],
};

/**
 * An import can grow the accounts and memberships tenfold in a minute: autovacuum analyzes them after 2% of their
 * rows have changed (plus 1,000) instead of the server's 10% (plus 50), so their statistics follow an import within
 * its run. A unique key's values all occur once: a small sample (3,000 rows) tells the planner as much as
 * the default 30,000, and keeps each of those analyzes short.
 */
export class Migration20261208002300_import_tables_statistics extends Migration {
  override async up(): Promise<void> {
    const schema = this.config.get('schema');
    for (const [table, columns] of Object.entries(TABLES)) {
      this.addSql(
        `alter table "${schema}"."${table}"
           set (autovacuum_analyze_scale_factor = 0.02, autovacuum_analyze_threshold = 1000);`,
      );
      for (const column of columns)
        this.addSql(`alter table "${schema}"."${table}" alter column "${column}" set statistics 10;`);
    }
  }

  override async down(): Promise<void> {
    const schema = this.config.get('schema');
    for (const [table, columns] of Object.entries(TABLES)) {
      this.addSql(
        `alter table "${schema}"."${table}" reset (autovacuum_analyze_scale_factor, autovacuum_analyze_threshold);`,
      );
      for (const column of columns)
        this.addSql(`alter table "${schema}"."${table}" alter column "${column}" set statistics -1;`);
    }
  }
}

import { Migration } from '@mikro-orm/migrations';

/** Pruning finds the links, email changes and undo links that expired long ago by when they expired. */
export class Migration20261212000100_expiry_indexes extends Migration {
  override async up(): Promise<void> {
    const schema = this.config.get('schema');
    for (const table of EXPIRING_TABLES)
      this.addSql(`create index "${table}_expires_at_index" on "${schema}"."${table}" ("expires_at");`);
  }

  override async down(): Promise<void> {
    const schema = this.config.get('schema');
    for (const table of EXPIRING_TABLES) this.addSql(`drop index "${schema}"."${table}_expires_at_index";`);
  }
}

const EXPIRING_TABLES = ['one_time_token', 'email_change', 'email_restore'];

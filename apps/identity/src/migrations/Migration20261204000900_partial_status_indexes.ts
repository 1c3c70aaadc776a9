import { Migration } from '@mikro-orm/migrations';

/**
 * The indexes on an account's type and a membership's status each held one entry a row, though only the rare values
 * are looked for by them: platform administrators (counted at start-up) and memberships not active (pending join
 * requests, declined ones). Every imported student added an entry to both, all with the same key. Now they hold the
 * rare rows only; a search for active members goes by the institution's username index.
 */
export class Migration20261204000900_partial_status_indexes extends Migration {
  override async up(): Promise<void> {
    const schema = this.config.get('schema');
    this.addSql(`drop index "${schema}"."user_account_user_type_index";`);
    this.addSql(
      `create index "user_account_platform_admin_index" on "${schema}"."user_account" ("id") where "user_type" = 'platform_admin';`,
    );
    this.addSql(`drop index "${schema}"."membership_institution_id_status_index";`);
    this.addSql(
      `create index "membership_institution_id_status_index" on "${schema}"."membership" ("institution_id", "status") where "status" <> 'active';`,
    );
  }

  override async down(): Promise<void> {
    const schema = this.config.get('schema');
    this.addSql(`drop index "${schema}"."user_account_platform_admin_index";`);
    this.addSql(`create index "user_account_user_type_index" on "${schema}"."user_account" ("user_type");`);
    this.addSql(`drop index "${schema}"."membership_institution_id_status_index";`);
    this.addSql(
      `create index "membership_institution_id_status_index" on "${schema}"."membership" ("institution_id", "status");`,
    );
  }
}

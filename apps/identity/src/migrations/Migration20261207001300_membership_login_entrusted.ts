import { Migration } from '@mikro-orm/migrations';

/**
 * Whether the institution may move the member's login: false for an account an import attached without the person.
 * Memberships made before cannot be told apart and stay entrusted, as they were.
 */
export class Migration20261207001300_membership_login_entrusted extends Migration {
  override async up(): Promise<void> {
    const schema = this.config.get('schema');
    this.addSql(
      `alter table "${schema}"."membership" add column "login_entrusted" boolean not null default true;`,
    );
  }

  override async down(): Promise<void> {
    const schema = this.config.get('schema');
    this.addSql(`alter table "${schema}"."membership" drop column "login_entrusted";`);
  }
}

import { Migration } from '@mikro-orm/migrations';

/**
 * Whether the institution may move the member's login: false for an account an import attached without the person.
 * Of the memberships made before, only those made with their account (in one transaction, so at the same `now()`:
 * an import's new people, staff added) are taken as entrusted; any other may be an account an import attached, so it
 * is not, and only the person moves its login.
 */
export class Migration20261207001300_membership_login_entrusted extends Migration {
  override async up(): Promise<void> {
    const schema = this.config.get('schema');
    this.addSql(
      `alter table "${schema}"."membership" add column "login_entrusted" boolean not null default true;`,
    );
    this.addSql(
      `update "${schema}"."membership" m set "login_entrusted" = false
         from "${schema}"."user_account" u
        where u."id" = m."user_id" and u."created_at" <> m."created_at";`,
    );
  }

  override async down(): Promise<void> {
    const schema = this.config.get('schema');
    this.addSql(`alter table "${schema}"."membership" drop column "login_entrusted";`);
  }
}

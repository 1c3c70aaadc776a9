import { Migration } from '@mikro-orm/migrations';

/**
 * SCIM provisioning: the bearer tokens of schools' identity providers (their SHA-256 digests only), and an inactive
 * membership, which a provider's `active: false` makes of a person without deleting the account.
 */
export class Migration20261210000200_scim_tokens_and_inactive_members extends Migration {
  override async up(): Promise<void> {
    const schema = this.config.get('schema');
    this.addSql(`create table "${schema}"."scim_token" (
      "id" uuid not null,
      "created_at" timestamptz not null,
      "updated_at" timestamptz not null,
      "institution_id" uuid not null,
      "label" text not null,
      "user_type" text not null check ("user_type" in ('student', 'alumni', 'mentor')),
      "digest" text not null,
      "created_by" uuid not null,
      "last_used_at" timestamptz null,
      "revoked_at" timestamptz null,
      constraint "scim_token_pkey" primary key ("id"),
      constraint "scim_token_digest_unique" unique ("digest")
    );`);
    this.addSql(
      `create index "scim_token_institution_id_index" on "${schema}"."scim_token" ("institution_id");`,
    );
    this.addSql(`alter table "${schema}"."membership" drop constraint "membership_status_check";`);
    this.addSql(
      `alter table "${schema}"."membership" add constraint "membership_status_check"
         check ("status" in ('pending', 'active', 'declined', 'inactive'));`,
    );
  }

  override async down(): Promise<void> {
    const schema = this.config.get('schema');
    this.addSql(`delete from "${schema}"."membership" where "status" = 'inactive';`);
    this.addSql(`alter table "${schema}"."membership" drop constraint "membership_status_check";`);
    this.addSql(
      `alter table "${schema}"."membership" add constraint "membership_status_check"
         check ("status" in ('pending', 'active', 'declined'));`,
    );
    this.addSql(`drop table "${schema}"."scim_token";`);
  }
}

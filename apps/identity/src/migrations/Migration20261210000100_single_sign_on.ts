import { Migration } from '@mikro-orm/migrations';

/**
 * Single sign-on: each institution's OpenID provider (its client secret sealed), the sign-ins waiting for a provider
 * to send the person back, and the index that finds a school's member by the identifier a provider vouches for.
 */
export class Migration20261210000100_single_sign_on extends Migration {
  override async up(): Promise<void> {
    const schema = this.config.get('schema');
    this.addSql(`create table "${schema}"."single_sign_on_provider" (
      "institution_id" uuid not null,
      "issuer" text not null,
      "client_id" text not null,
      "sealed_client_secret" text not null,
      "identifier_claim" text not null,
      "enabled" boolean not null,
      "updated_by" uuid not null,
      "updated_at" timestamptz not null,
      constraint "single_sign_on_provider_pkey" primary key ("institution_id")
    );`);
    this.addSql(`create table "${schema}"."single_sign_on_attempt" (
      "state" text not null,
      "institution_id" uuid not null,
      "binding_digest" text not null,
      "nonce" text not null,
      "code_verifier" text not null,
      "expires_at" timestamptz not null,
      constraint "single_sign_on_attempt_pkey" primary key ("state")
    );`);
    this.addSql(
      `create index "single_sign_on_attempt_expires_at_index" on "${schema}"."single_sign_on_attempt" ("expires_at");`,
    );
    this.addSql(
      `create index "membership_auth_identifier_index" on "${schema}"."membership" ("institution_id", "auth_identifier")
         where "auth_identifier" is not null;`,
    );
  }

  override async down(): Promise<void> {
    const schema = this.config.get('schema');
    this.addSql(`drop index "${schema}"."membership_auth_identifier_index";`);
    this.addSql(`drop table "${schema}"."single_sign_on_attempt";`);
    this.addSql(`drop table "${schema}"."single_sign_on_provider";`);
  }
}

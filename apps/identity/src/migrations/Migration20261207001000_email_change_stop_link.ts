import { Migration } from '@mikro-orm/migrations';

/**
 * The notice to the old address carries a link that stops the change (its token's digest, kept with the change) or,
 * once it is confirmed, undoes it (`email_restore`), signing out every session from before (`sessions_valid_from`).
 * A change by staff names their institution, whose hold on the account is checked again at confirmation.
 */
export class Migration20261207001000_email_change_stop_link extends Migration {
  override async up(): Promise<void> {
    const schema = this.config.get('schema');
    this.addSql(`alter table "${schema}"."email_change" add column "cancel_digest" text null;`);
    this.addSql(
      `alter table "${schema}"."email_change" add constraint "email_change_cancel_digest_unique" unique ("cancel_digest");`,
    );
    this.addSql(`alter table "${schema}"."email_change" add column "institution_id" uuid null;`);
    this.addSql(`alter table "${schema}"."user_account" add column "sessions_valid_from" timestamptz null;`);
    this.addSql(`create table "${schema}"."email_restore" (
      "id" uuid not null,
      "created_at" timestamptz not null,
      "updated_at" timestamptz not null,
      "user_id" uuid not null,
      "previous_email" text not null,
      "digest" text not null,
      "expires_at" timestamptz not null,
      constraint "email_restore_pkey" primary key ("id"),
      constraint "email_restore_digest_unique" unique ("digest"),
      constraint "email_restore_user_id_foreign" foreign key ("user_id")
        references "${schema}"."user_account" ("id") on update cascade on delete cascade
    );`);
    this.addSql(`create index "email_restore_user_id_index" on "${schema}"."email_restore" ("user_id");`);
  }

  override async down(): Promise<void> {
    const schema = this.config.get('schema');
    this.addSql(`drop table "${schema}"."email_restore";`);
    this.addSql(`alter table "${schema}"."user_account" drop column "sessions_valid_from";`);
    this.addSql(`alter table "${schema}"."email_change" drop column "institution_id";`);
    this.addSql(`alter table "${schema}"."email_change" drop column "cancel_digest";`);
  }
}

import { Migration } from '@mikro-orm/migrations';

/** The notice to the old address carries a link that stops the change: its token's digest, kept with the change. */
export class Migration20261207001000_email_change_stop_link extends Migration {
  override async up(): Promise<void> {
    const schema = this.config.get('schema');
    this.addSql(`alter table "${schema}"."email_change" add column "cancel_digest" text null;`);
    this.addSql(
      `alter table "${schema}"."email_change" add constraint "email_change_cancel_digest_unique" unique ("cancel_digest");`,
    );
  }

  override async down(): Promise<void> {
    const schema = this.config.get('schema');
    this.addSql(`alter table "${schema}"."email_change" drop column "cancel_digest";`);
  }
}

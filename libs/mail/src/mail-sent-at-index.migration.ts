import { Migration } from '@mikro-orm/migrations';

/** Pruning finds the mails sent long ago by when they were sent. Shared like `CreateMailTables`. */
export class MailSentAtIndex extends Migration {
  static readonly migrationName = 'Migration20261212000050_mail_sent_at_index';

  override async up(): Promise<void> {
    this.addSql(
      `create index "mail_message_sent_at_index" on "${this.config.get('schema')}"."mail_message" ("sent_at") where "status" = 'sent';`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop index "${this.config.get('schema')}"."mail_message_sent_at_index";`);
  }
}

import { Migration } from '@mikro-orm/migrations';

/**
 * Activation emails staff send to the people a file loaded (ActivationSends), and when each person last got one
 * (`activation_mail`: at most one a week, whichever send mails them).
 */
export class Migration20261209000100_activation_emails extends Migration {
  override async up(): Promise<void> {
    const schema = this.config.get('schema');
    this.addSql(`create table "${schema}"."activation_send" (
      "id" uuid not null,
      "created_at" timestamptz not null,
      "updated_at" timestamptz not null,
      "institution_id" uuid not null,
      "created_by" uuid not null,
      "total" int not null,
      "sent" int not null default 0,
      "skipped" int not null default 0,
      "after_user_id" uuid null,
      "finished_at" timestamptz null,
      constraint "activation_send_pkey" primary key ("id")
    );`);
    this.addSql(
      `create index "activation_send_running_index" on "${schema}"."activation_send" ("updated_at")
         where "finished_at" is null;`,
    );
    this.addSql(`create table "${schema}"."activation_mail" (
      "user_id" uuid not null references "${schema}"."user_account" ("id") on delete cascade,
      "sent_at" timestamptz not null,
      constraint "activation_mail_pkey" primary key ("user_id")
    );`);
  }

  override async down(): Promise<void> {
    const schema = this.config.get('schema');
    this.addSql(`drop table "${schema}"."activation_mail";`);
    this.addSql(`drop table "${schema}"."activation_send";`);
  }
}

import { Migration } from '@mikro-orm/migrations';

export class Migration20261207005200_recipients_classified_at_send extends Migration {
  override async up(): Promise<void> {
    const s = `"${this.config.get('schema')}"`;
    this.addSql(`alter table ${s}."bulk_invite_recipient" add column "classified_at" timestamptz null;`);
    // Invites sent before recipients were classified again at send are settled as they were sent.
    this.addSql(
      `update ${s}."bulk_invite_recipient" r set "classified_at" = i."sent_at" from ${s}."bulk_invite" i
        where i."id" = r."bulk_invite_id" and i."status" = 'sent';`,
    );
    // The mailer's claim: the recipients of one invite not classified at send yet.
    this.addSql(
      `create index "bulk_invite_recipient_to_classify_index" on ${s}."bulk_invite_recipient" ("bulk_invite_id", "contact_id") where "classified_at" is null;`,
    );
    this.addSql(
      `create index "bulk_invite_recipient_list_index" on ${s}."bulk_invite_recipient" ("bulk_invite_id", "last_name", "first_name", "contact_id");`,
    );
  }

  override async down(): Promise<void> {
    const s = `"${this.config.get('schema')}"`;
    this.addSql(`drop index if exists ${s}."bulk_invite_recipient_list_index";`);
    this.addSql(`drop index if exists ${s}."bulk_invite_recipient_to_classify_index";`);
    this.addSql(`alter table ${s}."bulk_invite_recipient" drop column "classified_at";`);
  }
}

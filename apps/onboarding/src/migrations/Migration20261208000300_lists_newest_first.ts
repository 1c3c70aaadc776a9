import { Migration } from '@mikro-orm/migrations';

/** Join requests and bulk invites page newest first, then by id: a keyset on these indexes. */
export class Migration20261208000300_lists_newest_first extends Migration {
  override async up(): Promise<void> {
    const s = `"${this.config.get('schema')}"`;
    this.addSql(
      `create index "join_request_newest_first_index" on ${s}."join_request" ("institution_id", "created_at", "id");`,
    );
    this.addSql(`drop index if exists ${s}."join_request_institution_id_created_at_index";`);
    this.addSql(
      `create index "bulk_invite_newest_first_index" on ${s}."bulk_invite" ("institution_id", "created_at", "id");`,
    );
    this.addSql(`drop index if exists ${s}."bulk_invite_institution_id_created_at_index";`);
  }

  override async down(): Promise<void> {
    const s = `"${this.config.get('schema')}"`;
    this.addSql(
      `create index "bulk_invite_institution_id_created_at_index" on ${s}."bulk_invite" ("institution_id", "created_at");`,
    );
    this.addSql(`drop index if exists ${s}."bulk_invite_newest_first_index";`);
    this.addSql(
      `create index "join_request_institution_id_created_at_index" on ${s}."join_request" ("institution_id", "created_at");`,
    );
    this.addSql(`drop index if exists ${s}."join_request_newest_first_index";`);
  }
}

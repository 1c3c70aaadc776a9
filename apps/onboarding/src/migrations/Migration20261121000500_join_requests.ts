import { Migration } from '@mikro-orm/migrations';

export class Migration20261121000500_join_requests extends Migration {
  override async up(): Promise<void> {
    const s = `"${this.config.get('schema')}"`;
    this.addSql(`create table ${s}."join_request" (
      "id" uuid not null primary key,
      "created_at" timestamptz not null,
      "updated_at" timestamptz not null,
      "institution_id" uuid not null,
      "user_id" uuid not null,
      "requester_name" text not null,
      "requester_email" text not null,
      "requester_type" text not null,
      "kind" text not null check ("kind" in ('employer', 'student', 'alumni')),
      "status" text not null check ("status" in ('pending', 'approved', 'declined', 'account_deleted')),
      "invitation_id" uuid null,
      "decided_by" uuid null,
      "decided_at" timestamptz null,
      "decision_reason" text null,
      "version" int not null default 1
    );`);
    this.addSql(
      `create index "join_request_institution_id_created_at_index" on ${s}."join_request" ("institution_id", "created_at");`,
    );
    this.addSql(`create index "join_request_user_id_index" on ${s}."join_request" ("user_id");`);
    // One pending request per person and institution.
    this
      .addSql(`create unique index "join_request_one_pending" on ${s}."join_request" ("institution_id", "user_id")
      where "status" = 'pending';`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "${this.config.get('schema')}"."join_request";`);
  }
}

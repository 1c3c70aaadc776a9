import { Migration } from '@mikro-orm/migrations';

export class Migration20261207005100_bulk_decisions extends Migration {
  override async up(): Promise<void> {
    const s = `"${this.config.get('schema')}"`;
    this.addSql(`create table ${s}."bulk_decision" (
      "id" uuid not null primary key,
      "created_at" timestamptz not null,
      "updated_at" timestamptz not null,
      "institution_id" uuid not null,
      "decision" text not null check ("decision" in ('approve', 'decline')),
      "reason" text null,
      "created_by" uuid not null,
      "total" int not null,
      "idempotency_key" text null
    );`);
    this.addSql(
      `create index "bulk_decision_institution_id_created_at_index" on ${s}."bulk_decision" ("institution_id", "created_at");`,
    );
    // A repeated start with the same key finds the first one; two at once cannot both start.
    this.addSql(
      `create unique index "bulk_decision_idempotency_key_unique" on ${s}."bulk_decision" ("institution_id", "idempotency_key") where "idempotency_key" is not null;`,
    );
    this.addSql(`create table ${s}."bulk_decision_item" (
      "bulk_decision_id" uuid not null references ${s}."bulk_decision" ("id") on delete cascade,
      "request_id" uuid not null,
      "position" int not null,
      "outcome" text not null check ("outcome" in ('pending', 'approved', 'declined', 'refused')),
      "reason" text null,
      "decided_at" timestamptz null,
      primary key ("bulk_decision_id", "request_id")
    );`);
    this.addSql(
      `create index "bulk_decision_item_position_index" on ${s}."bulk_decision_item" ("bulk_decision_id", "position");`,
    );
    // The worker's claim: the requests not decided yet.
    this.addSql(
      `create index "bulk_decision_item_pending_index" on ${s}."bulk_decision_item" ("position") where "outcome" = 'pending';`,
    );
  }

  override async down(): Promise<void> {
    const s = `"${this.config.get('schema')}"`;
    for (const table of ['bulk_decision_item', 'bulk_decision']) {
      this.addSql(`drop table if exists ${s}."${table}";`);
    }
  }
}

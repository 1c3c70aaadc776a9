import { Migration } from '@mikro-orm/migrations';

/** Sign-ups and password resets taken in, carried out in the background (AccountRequests). */
export class Migration20261207001100_account_requests extends Migration {
  override async up(): Promise<void> {
    const schema = this.config.get('schema');
    this.addSql(`create table "${schema}"."account_request" (
      "id" uuid not null,
      "created_at" timestamptz not null,
      "updated_at" timestamptz not null,
      "kind" text not null check ("kind" in ('signup', 'password_reset')),
      "email" text not null,
      "signup" jsonb null,
      "attempts" int not null default 0,
      "due_at" timestamptz not null,
      constraint "account_request_pkey" primary key ("id")
    );`);
    this.addSql(`create index "account_request_due_at_index" on "${schema}"."account_request" ("due_at");`);
  }

  override async down(): Promise<void> {
    const schema = this.config.get('schema');
    this.addSql(`drop table "${schema}"."account_request";`);
  }
}

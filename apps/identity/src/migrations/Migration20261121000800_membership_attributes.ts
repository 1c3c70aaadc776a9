import { Migration } from '@mikro-orm/migrations';

/** What an institution's files say about a member beyond the account (school year, majors, mentor details...). */
export class Migration20261121000800_membership_attributes extends Migration {
  override async up(): Promise<void> {
    const schema = this.config.get('schema');
    this.addSql(`alter table "${schema}"."membership" add column "attributes" jsonb not null default '{}';`);
  }

  override async down(): Promise<void> {
    this.addSql(`alter table "${this.config.get('schema')}"."membership" drop column "attributes";`);
  }
}

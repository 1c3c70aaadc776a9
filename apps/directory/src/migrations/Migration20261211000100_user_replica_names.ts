import { Migration } from '@mikro-orm/migrations';

/**
 * Directory's replies name the people they mention (company staff, note authors) from its copy of the users. Replicas
 * written before have no name until the next event that tells it.
 */
export class Migration20261211000100_user_replica_names extends Migration {
  override async up(): Promise<void> {
    const s = `"${this.config.get('schema')}"`;
    this.addSql(`alter table ${s}."user_replica" add column "name" text null,
      add column "name_at" timestamptz not null default 'epoch';`);
    this.addSql(`alter table ${s}."user_replica" alter column "name_at" drop default;`);
  }

  override async down(): Promise<void> {
    const s = `"${this.config.get('schema')}"`;
    this.addSql(`alter table ${s}."user_replica" drop column "name", drop column "name_at";`);
  }
}

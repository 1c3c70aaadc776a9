import { Migration } from '@mikro-orm/migrations';

/** What an approved employer may do at the institution, from its default setting when the membership was granted. */
export class Migration20261121000400_employer_permissions extends Migration {
  override async up(): Promise<void> {
    const schema = this.config.get('schema');
    this.addSql(
      `alter table "${schema}"."membership" add column "employer_permissions" text[] not null default '{}';`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(
      `alter table "${this.config.get('schema')}"."membership" drop column "employer_permissions";`,
    );
  }
}

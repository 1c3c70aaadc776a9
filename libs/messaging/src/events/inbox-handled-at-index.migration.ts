import { Migration } from '@mikro-orm/migrations';

/** Pruning finds the inbox entries handled long ago by their time. Shared like `CreateEventTables`. */
export class InboxHandledAtIndex extends Migration {
  static readonly migrationName = 'Migration20261212000000_inbox_handled_at_index';

  override async up(): Promise<void> {
    this.addSql(
      `create index "inbox_event_handled_at_index" on "${this.config.get('schema')}"."inbox_event" ("handled_at");`,
    );
  }

  override async down(): Promise<void> {
    this.addSql(`drop index "${this.config.get('schema')}"."inbox_event_handled_at_index";`);
  }
}

import type { MigrationObject } from '@mikro-orm/core';
import { CreateEventTables, OutboxAsWritten } from '@careers/messaging';
import { Migration20261121000100_institutions } from './Migration20261121000100_institutions';
import { Migration20261121000300_address_book } from './Migration20261121000300_address_book';

/** Directory's migrations, in order. Never edit one that has been released: add a new one. */
export const directoryMigrations: MigrationObject[] = [
  { name: CreateEventTables.migrationName, class: CreateEventTables },
  { name: 'Migration20261121000100_institutions', class: Migration20261121000100_institutions },
  { name: 'Migration20261121000300_address_book', class: Migration20261121000300_address_book },
  { name: OutboxAsWritten.migrationName, class: OutboxAsWritten },
];

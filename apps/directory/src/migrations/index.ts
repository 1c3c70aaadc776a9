import type { MigrationObject } from '@mikro-orm/core';
import { CreateEventTables } from '@careers/messaging';
import { Migration20261121000100_institutions } from './Migration20261121000100_institutions';

/** Directory's migrations, in order. Never edit one that has been released: add a new one. */
export const directoryMigrations: MigrationObject[] = [
  { name: CreateEventTables.migrationName, class: CreateEventTables },
  { name: 'Migration20261121000100_institutions', class: Migration20261121000100_institutions },
];

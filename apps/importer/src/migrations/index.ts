import type { MigrationObject } from '@mikro-orm/core';
import { CreateEventTables } from '@careers/messaging';

/** Importer's migrations, in order. Never edit one that has been released: add a new one. */
export const importerMigrations: MigrationObject[] = [
  { name: CreateEventTables.migrationName, class: CreateEventTables },
];

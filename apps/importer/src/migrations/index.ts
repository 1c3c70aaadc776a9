import type { MigrationObject } from '@mikro-orm/core';
import { CreateEventTables, InboxHandledAtIndex, OUTBOX_CHANGES } from '@careers/messaging';
import { Migration20261121000700_imports } from './Migration20261121000700_imports';
import { Migration20261121000710_import_plan } from './Migration20261121000710_import_plan';
import { Migration20261121000720_import_runs } from './Migration20261121000720_import_runs';
import { Migration20261121000730_import_run_rows } from './Migration20261121000730_import_run_rows';
import { Migration20261121000740_plain_json_rows } from './Migration20261121000740_plain_json_rows';
import { Migration20261204000750_rows_as_uploaded } from './Migration20261204000750_rows_as_uploaded';
import { Migration20261206000760_rows_without_reference_checks } from './Migration20261206000760_rows_without_reference_checks';
import { Migration20261207004000_analysis_in_background } from './Migration20261207004000_analysis_in_background';
import { Migration20261207004010_rows_from_one } from './Migration20261207004010_rows_from_one';
import { Migration20261208000200_imports_newest_first } from './Migration20261208000200_imports_newest_first';
import { Migration20261208002400_run_decisions_whole } from './Migration20261208002400_run_decisions_whole';
import { Migration20261211000100_user_names } from './Migration20261211000100_user_names';
import { Migration20261212000100_pruned_import_rows } from './Migration20261212000100_pruned_import_rows';

/** Importer's migrations, in order. Never edit one that has been released: add a new one. */
export const importerMigrations: MigrationObject[] = [
  { name: CreateEventTables.migrationName, class: CreateEventTables },
  { name: 'Migration20261121000700_imports', class: Migration20261121000700_imports },
  { name: 'Migration20261121000710_import_plan', class: Migration20261121000710_import_plan },
  { name: 'Migration20261121000720_import_runs', class: Migration20261121000720_import_runs },
  { name: 'Migration20261121000730_import_run_rows', class: Migration20261121000730_import_run_rows },
  { name: 'Migration20261121000740_plain_json_rows', class: Migration20261121000740_plain_json_rows },
  { name: 'Migration20261204000750_rows_as_uploaded', class: Migration20261204000750_rows_as_uploaded },
  ...OUTBOX_CHANGES,
  {
    name: 'Migration20261206000760_rows_without_reference_checks',
    class: Migration20261206000760_rows_without_reference_checks,
  },
  {
    name: 'Migration20261207004000_analysis_in_background',
    class: Migration20261207004000_analysis_in_background,
  },
  { name: 'Migration20261207004010_rows_from_one', class: Migration20261207004010_rows_from_one },
  {
    name: 'Migration20261208000200_imports_newest_first',
    class: Migration20261208000200_imports_newest_first,
  },
  {
    name: 'Migration20261208002400_run_decisions_whole',
    class: Migration20261208002400_run_decisions_whole,
  },
  { name: 'Migration20261211000100_user_names', class: Migration20261211000100_user_names },
  { name: InboxHandledAtIndex.migrationName, class: InboxHandledAtIndex },
  { name: 'Migration20261212000100_pruned_import_rows', class: Migration20261212000100_pruned_import_rows },
];

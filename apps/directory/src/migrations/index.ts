import type { MigrationObject } from '@mikro-orm/core';
import { CreateEventTables, InboxHandledAtIndex, OUTBOX_CHANGES } from '@careers/messaging';
import { Migration20261121000100_institutions } from './Migration20261121000100_institutions';
import { Migration20261121000300_address_book } from './Migration20261121000300_address_book';
import { Migration20261206000100_contact_label_ids_and_source_order } from './Migration20261206000100_contact_label_ids_and_source_order';
import { Migration20261206000200_text_beside_name_stored } from './Migration20261206000200_text_beside_name_stored';
import { Migration20261208000100_company_name_order } from './Migration20261208000100_company_name_order';
import { Migration20261209000100_contact_search_words } from './Migration20261209000100_contact_search_words';
import { Migration20261210000100_contact_search_prefixes } from './Migration20261210000100_contact_search_prefixes';
import { Migration20261211000100_user_replica_names } from './Migration20261211000100_user_replica_names';

/** Directory's migrations, in order. Never edit one that has been released: add a new one. */
export const directoryMigrations: MigrationObject[] = [
  { name: CreateEventTables.migrationName, class: CreateEventTables },
  { name: 'Migration20261121000100_institutions', class: Migration20261121000100_institutions },
  { name: 'Migration20261121000300_address_book', class: Migration20261121000300_address_book },
  ...OUTBOX_CHANGES,
  {
    name: 'Migration20261206000100_contact_label_ids_and_source_order',
    class: Migration20261206000100_contact_label_ids_and_source_order,
  },
  {
    name: 'Migration20261206000200_text_beside_name_stored',
    class: Migration20261206000200_text_beside_name_stored,
  },
  { name: 'Migration20261208000100_company_name_order', class: Migration20261208000100_company_name_order },
  {
    name: 'Migration20261209000100_contact_search_words',
    class: Migration20261209000100_contact_search_words,
  },
  {
    name: 'Migration20261210000100_contact_search_prefixes',
    class: Migration20261210000100_contact_search_prefixes,
  },
  { name: 'Migration20261211000100_user_replica_names', class: Migration20261211000100_user_replica_names },
  { name: InboxHandledAtIndex.migrationName, class: InboxHandledAtIndex },
];

import type { MigrationObject } from '@mikro-orm/core';
import { CreateMailTables, MailSentAtIndex } from '@careers/mail';
import { CreateEventTables, InboxHandledAtIndex, OUTBOX_CHANGES } from '@careers/messaging';
import { Migration20261121000500_join_requests } from './Migration20261121000500_join_requests';
import { Migration20261121000600_bulk_invites } from './Migration20261121000600_bulk_invites';
import { Migration20261207005100_bulk_decisions } from './Migration20261207005100_bulk_decisions';
import { Migration20261207005200_recipients_classified_at_send } from './Migration20261207005200_recipients_classified_at_send';
import { Migration20261208000300_lists_newest_first } from './Migration20261208000300_lists_newest_first';
import { Migration20261211000100_user_names } from './Migration20261211000100_user_names';

/** Onboarding's migrations, in order. Never edit one that has been released: add a new one. */
export const onboardingMigrations: MigrationObject[] = [
  { name: CreateEventTables.migrationName, class: CreateEventTables },
  { name: CreateMailTables.migrationName, class: CreateMailTables },
  { name: 'Migration20261121000500_join_requests', class: Migration20261121000500_join_requests },
  { name: 'Migration20261121000600_bulk_invites', class: Migration20261121000600_bulk_invites },
  ...OUTBOX_CHANGES,
  { name: 'Migration20261207005100_bulk_decisions', class: Migration20261207005100_bulk_decisions },
  {
    name: 'Migration20261207005200_recipients_classified_at_send',
    class: Migration20261207005200_recipients_classified_at_send,
  },
  { name: 'Migration20261208000300_lists_newest_first', class: Migration20261208000300_lists_newest_first },
  { name: 'Migration20261211000100_user_names', class: Migration20261211000100_user_names },
  { name: InboxHandledAtIndex.migrationName, class: InboxHandledAtIndex },
  { name: MailSentAtIndex.migrationName, class: MailSentAtIndex },
];

import type { MigrationObject } from '@mikro-orm/core';
import { CreateMailTables, MailSentAtIndex } from '@careers/mail';
import { CreateEventTables, InboxHandledAtIndex, OUTBOX_CHANGES } from '@careers/messaging';
import { Migration20261121000100_users } from './Migration20261121000100_users';
import { Migration20261121000200_memberships_and_credentials } from './Migration20261121000200_memberships_and_credentials';
import { Migration20261121000300_phone_and_contact_links } from './Migration20261121000300_phone_and_contact_links';
import { Migration20261121000400_employer_permissions } from './Migration20261121000400_employer_permissions';
import { Migration20261121000800_membership_attributes } from './Migration20261121000800_membership_attributes';
import { Migration20261204000900_partial_status_indexes } from './Migration20261204000900_partial_status_indexes';
import { Migration20261207001000_email_change_stop_link } from './Migration20261207001000_email_change_stop_link';
import { Migration20261207001100_account_requests } from './Migration20261207001100_account_requests';
import { Migration20261207001200_email_skeletons } from './Migration20261207001200_email_skeletons';
import { Migration20261207001300_membership_login_entrusted } from './Migration20261207001300_membership_login_entrusted';
import { Migration20261208002300_import_tables_statistics } from './Migration20261208002300_import_tables_statistics';
import { Migration20261209000100_activation_emails } from './Migration20261209000100_activation_emails';
import { Migration20261210000100_single_sign_on } from './Migration20261210000100_single_sign_on';
import { Migration20261210000200_scim_tokens_and_inactive_members } from './Migration20261210000200_scim_tokens_and_inactive_members';
import { Migration20261212000100_expiry_indexes } from './Migration20261212000100_expiry_indexes';

/** Identity's migrations, in order. Never edit one that has been released: add a new one. */
export const identityMigrations: MigrationObject[] = [
  { name: CreateEventTables.migrationName, class: CreateEventTables },
  { name: 'Migration20261121000100_users', class: Migration20261121000100_users },
  { name: CreateMailTables.migrationName, class: CreateMailTables },
  {
    name: 'Migration20261121000200_memberships_and_credentials',
    class: Migration20261121000200_memberships_and_credentials,
  },
  {
    name: 'Migration20261121000300_phone_and_contact_links',
    class: Migration20261121000300_phone_and_contact_links,
  },
  {
    name: 'Migration20261121000400_employer_permissions',
    class: Migration20261121000400_employer_permissions,
  },
  {
    name: 'Migration20261121000800_membership_attributes',
    class: Migration20261121000800_membership_attributes,
  },
  ...OUTBOX_CHANGES,
  {
    name: 'Migration20261204000900_partial_status_indexes',
    class: Migration20261204000900_partial_status_indexes,
  },
  {
    name: 'Migration20261207001000_email_change_stop_link',
    class: Migration20261207001000_email_change_stop_link,
  },
  {
    name: 'Migration20261207001100_account_requests',
    class: Migration20261207001100_account_requests,
  },
  {
    name: 'Migration20261207001200_email_skeletons',
    class: Migration20261207001200_email_skeletons,
  },
  {
    name: 'Migration20261207001300_membership_login_entrusted',
    class: Migration20261207001300_membership_login_entrusted,
  },
  {
    name: 'Migration20261208002300_import_tables_statistics',
    class: Migration20261208002300_import_tables_statistics,
  },
  {
    name: 'Migration20261209000100_activation_emails',
    class: Migration20261209000100_activation_emails,
  },
  {
    name: 'Migration20261210000100_single_sign_on',
    class: Migration20261210000100_single_sign_on,
  },
  {
    name: 'Migration20261210000200_scim_tokens_and_inactive_members',
    class: Migration20261210000200_scim_tokens_and_inactive_members,
  },
  { name: InboxHandledAtIndex.migrationName, class: InboxHandledAtIndex },
  { name: MailSentAtIndex.migrationName, class: MailSentAtIndex },
  { name: 'Migration20261212000100_expiry_indexes', class: Migration20261212000100_expiry_indexes },
];

import { JoinRequestPage } from '../join-requests/join-request-page';
import { JoinRequestsPage } from '../join-requests/join-requests-page';
import { UserPage } from '../users/user-page';
import { UsersPage } from '../users/users-page';
import { BulkInvitePage } from '../bulk-invites/bulk-invite-page';
import { ContactPage } from '../contacts/contact-page';
import { ContactsPage } from '../contacts/contacts-page';
import { LabelsPage } from '../contacts/labels-page';
import { NewContactPage } from '../contacts/new-contact-page';
import { BulkInviteRecipientsPage } from '../bulk-invites/bulk-invite-recipients-page';
import { BulkInvitesPage } from '../bulk-invites/bulk-invites-page';
import { ConsoleCompaniesPage } from '../companies/console-companies-page';
import { ConsoleCompanyPage } from '../companies/console-company-page';
import { SchoolSettingsPage } from '../settings/school-settings-page';
import { StaffPage } from '../staff/staff-page';
import type { ConsolePage } from './console-page';
import { ImportPage } from '../importer/import-page';
import { ImportsPage } from '../importer/imports-page';
import { NewImportPage } from '../importer/new-import-page';

/** The console's pages by path under `/schools/:institutionId/` (the sections in app/console-nav.ts and their sub-pages). */
export const CONSOLE_ROUTES: { path: string; Page: ConsolePage }[] = [
  { path: 'requests', Page: JoinRequestsPage },
  { path: 'requests/:requestId', Page: JoinRequestPage },
  { path: 'users', Page: UsersPage },
  { path: 'users/:userId', Page: UserPage },
  { path: 'contacts', Page: ContactsPage },
  { path: 'contacts/new', Page: NewContactPage },
  { path: 'contacts/labels', Page: LabelsPage },
  { path: 'contacts/:contactId', Page: ContactPage },
  { path: 'bulk-invites/:inviteId', Page: BulkInvitePage },
  { path: 'companies', Page: ConsoleCompaniesPage },
  { path: 'companies/:companyId', Page: ConsoleCompanyPage },
  { path: 'bulk-invites', Page: BulkInvitesPage },
  { path: 'bulk-invites/:inviteId/recipients', Page: BulkInviteRecipientsPage },
  { path: 'staff', Page: StaffPage },
  { path: 'settings', Page: SchoolSettingsPage },
  { path: 'imports', Page: ImportsPage },
  { path: 'imports/new', Page: NewImportPage },
  { path: 'imports/:importId', Page: ImportPage },
];

import { ServiceDefinition } from '@careers/runtime';
import { CompaniesModule } from './companies/companies.module';
import { CompanyStaffMember } from './companies/company-staff-member.entity';
import { Company } from './companies/company.entity';
import { Contact } from './contacts/contact.entity';
import { ContactsModule } from './contacts/contacts.module';
import { DirectoryConfig } from './directory.config';
import { Institution } from './institutions/institution.entity';
import { InstitutionsModule } from './institutions/institutions.module';
import { Label } from './labels/label.entity';
import { LabelsModule } from './labels/labels.module';
import { UserReplica } from './linking/user-replica.entity';
import { directoryMigrations } from './migrations';
import { Note } from './notes/note.entity';
import { NotesModule } from './notes/notes.module';
import { InstitutionSettings } from './settings/institution-settings.entity';
import { SettingsModule } from './settings/settings.module';

export const directoryService: ServiceDefinition<DirectoryConfig> = {
  name: 'directory',
  config: DirectoryConfig,
  storage: () => ({
    entities: [
      Institution,
      InstitutionSettings,
      Label,
      Company,
      CompanyStaffMember,
      Contact,
      Note,
      UserReplica,
    ],
    migrations: directoryMigrations,
    // The address book is read by index: a label's contacts by primary key, a page in an index's order. With
    // PostgreSQL's default random_page_cost (4, for spinning disks) the last batches of a label's resolve switched to
    // a hash join over the whole table (260 ms a batch instead of 60); 1.1 is the usual value for SSDs and cached
    // data (docs/performance.md). Prefetching (effective_io_concurrency) asks the kernel for each page of a bitmap
    // scan ahead of reading it: a system call a page, which gains nothing when the pages are in memory and made a
    // searched page read from the OS cache take 93-161 ms where it takes 68-73 ms without.
    sessionSettings: { random_page_cost: '1.1', effective_io_concurrency: '0' },
  }),
  features: () => ({
    imports: [InstitutionsModule, SettingsModule, LabelsModule, CompaniesModule, ContactsModule, NotesModule],
  }),
};

import { ServiceDefinition } from '@careers/service-runtime';
import { CompaniesModule } from './companies/companies.module';
import { CompanyStaffMember } from './companies/company-staff-member.entity';
import { Company } from './companies/company.entity';
import { Contact } from './contacts/contact.entity';
import { ContactSearchPrefix } from './contacts/contact-search-prefix.entity';
import { ContactQueryTimeLimitsModule } from './contacts/contact-query-time-limits.module';
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

export const directoryApp: ServiceDefinition<DirectoryConfig> = {
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
      ContactSearchPrefix,
      Note,
      UserReplica,
    ],
    migrations: directoryMigrations,
  }),
  features: (config) => ({
    imports: [
      InstitutionsModule,
      SettingsModule,
      LabelsModule,
      CompaniesModule,
      ContactQueryTimeLimitsModule.register({
        pageMs: config.CONTACT_PAGE_TIMEOUT_MS,
        resolveMs: config.CONTACT_RESOLVE_TIMEOUT_MS,
      }),
      ContactsModule,
      NotesModule,
    ],
  }),
};

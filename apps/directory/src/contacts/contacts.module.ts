import { Module } from '@nestjs/common';
import { InstitutionsModule } from '../institutions/institutions.module';
import { LabelsModule } from '../labels/labels.module';
import { LinkingModule } from '../linking/linking.module';
import { ContactImport } from './contact-import';
import { ContactImportController } from './contact-import.controller';
import { ContactResolver } from './contact-resolver';
import { ContactList } from './contact-list';
import { ContactSearch } from './contact-search';
import { ContactsController } from './contacts.controller';
import { ContactsService } from './contacts.service';
import { JoinRequestEventsHandler } from './join-request-events.handler';
import { PostgresContactSearch } from './postgres-contact-search';

@Module({
  imports: [InstitutionsModule, LabelsModule, LinkingModule],
  controllers: [ContactsController, ContactImportController],
  providers: [
    ContactsService,
    ContactList,
    { provide: ContactSearch, useClass: PostgresContactSearch },
    ContactResolver,
    JoinRequestEventsHandler,
    ContactImport,
  ],
  exports: [ContactsService],
})
export class ContactsModule {}

import { CreateRequestContext } from '@mikro-orm/core';
import { EntityManager } from '@mikro-orm/postgresql';
import { MessagePattern, Payload } from '@nestjs/microservices';
import {
  ContactImportApplyCommand,
  ContactImportLookupCommand,
  ContactImportLookupReply,
  DirectorySubjects,
  ImportApplyReply,
} from '@careers/contracts';
import { RpcController } from '@careers/messaging';
import { ContactImport } from './contact-import';

/** What the importer asks the directory for a contacts file, a batch of rows at a time. */
@RpcController()
export class ContactImportController {
  constructor(
    private readonly em: EntityManager,
    private readonly contactImport: ContactImport,
  ) {}

  @MessagePattern(DirectorySubjects.importLookupContacts)
  @CreateRequestContext()
  lookup(@Payload() command: ContactImportLookupCommand): Promise<ContactImportLookupReply> {
    return this.contactImport.lookup(this.em, command);
  }

  @MessagePattern(DirectorySubjects.importApplyContacts)
  @CreateRequestContext()
  apply(@Payload() command: ContactImportApplyCommand): Promise<ImportApplyReply> {
    return this.contactImport.apply(this.em, command);
  }
}

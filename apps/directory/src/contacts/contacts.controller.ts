import { CreateRequestContext } from '@mikro-orm/core';
import { EntityManager } from '@mikro-orm/postgresql';
import { MessagePattern, Payload } from '@nestjs/microservices';
import {
  ContactCommand,
  ContactLabelCommand,
  ContactPageReply,
  ContactReply,
  CreateContactCommand,
  DirectorySubjects,
  ListContactsCommand,
  ResolveContactsCommand,
  ResolvedContactsReply,
  UpdateContactCommand,
} from '@careers/contracts';
import { RpcController } from '@careers/messaging';
import { ContactResolver } from './contact-resolver';
import { ContactList } from './contact-list';
import { ContactQueryTimeLimits } from './contact-query-time-limits';
import { ContactsService } from './contacts.service';

@RpcController()
export class ContactsController {
  constructor(
    private readonly em: EntityManager,
    private readonly contacts: ContactsService,
    private readonly contactList: ContactList,
    private readonly resolver: ContactResolver,
    private readonly timeLimits: ContactQueryTimeLimits,
  ) {}

  @MessagePattern(DirectorySubjects.createContact)
  @CreateRequestContext()
  create(@Payload() command: CreateContactCommand): Promise<ContactReply> {
    return this.contacts.create(this.em, command);
  }

  @MessagePattern(DirectorySubjects.getContact)
  @CreateRequestContext()
  async get(@Payload() request: ContactCommand): Promise<ContactReply> {
    return (await this.contacts.get(this.em, request.institutionId, request.contactId)).toReply();
  }

  @MessagePattern(DirectorySubjects.updateContact)
  @CreateRequestContext()
  update(@Payload() command: UpdateContactCommand): Promise<ContactReply> {
    return this.contacts.update(this.em, command);
  }

  @MessagePattern(DirectorySubjects.archiveContact)
  @CreateRequestContext()
  archive(@Payload() request: ContactCommand): Promise<ContactReply> {
    return this.contacts.setArchived(this.em, request.institutionId, request.contactId, true);
  }

  @MessagePattern(DirectorySubjects.restoreContact)
  @CreateRequestContext()
  restore(@Payload() request: ContactCommand): Promise<ContactReply> {
    return this.contacts.setArchived(this.em, request.institutionId, request.contactId, false);
  }

  @MessagePattern(DirectorySubjects.addContactLabel)
  @CreateRequestContext()
  addLabel(@Payload() command: ContactLabelCommand): Promise<ContactReply> {
    return this.contacts.addLabel(this.em, command.institutionId, command.contactId, command.labelId);
  }

  @MessagePattern(DirectorySubjects.removeContactLabel)
  @CreateRequestContext()
  removeLabel(@Payload() command: ContactLabelCommand): Promise<ContactReply> {
    return this.contacts.removeLabel(this.em, command.institutionId, command.contactId, command.labelId);
  }

  @MessagePattern(DirectorySubjects.listContacts)
  @CreateRequestContext()
  list(@Payload() query: ListContactsCommand): Promise<ContactPageReply> {
    return this.timeLimits.page(this.em, (tx) => this.contactList.list(tx, query));
  }

  @MessagePattern(DirectorySubjects.resolveContacts)
  @CreateRequestContext()
  resolve(@Payload() command: ResolveContactsCommand): Promise<ResolvedContactsReply> {
    return this.timeLimits.resolve(this.em, (tx) => this.resolver.resolve(tx, command));
  }
}

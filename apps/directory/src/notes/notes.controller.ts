import { CreateRequestContext } from '@mikro-orm/core';
import { EntityManager } from '@mikro-orm/postgresql';
import { MessagePattern, Payload } from '@nestjs/microservices';
import {
  AddNoteCommand,
  DirectorySubjects,
  ListNotesCommand,
  NotePageReply,
  NoteReply,
} from '@careers/contracts';
import { RpcController } from '@careers/messaging';
import { ContactsService } from '../contacts/contacts.service';
import { Note } from './note.entity';
import { notePage } from './note-page';

@RpcController()
export class NotesController {
  constructor(
    private readonly em: EntityManager,
    private readonly contacts: ContactsService,
  ) {}

  @MessagePattern(DirectorySubjects.addNote)
  @CreateRequestContext()
  async add(@Payload() command: AddNoteCommand): Promise<NoteReply> {
    const contact = await this.contacts.get(this.em, command.institutionId, command.contactId);
    const note = new Note(contact, command.authorId, command.text);
    await this.em.persist(note).flush();
    return note.toReply();
  }

  @MessagePattern(DirectorySubjects.listNotes)
  @CreateRequestContext()
  async list(@Payload() command: ListNotesCommand): Promise<NotePageReply> {
    const contact = await this.contacts.get(this.em, command.institutionId, command.contactId);
    return notePage(this.em, contact, command);
  }
}

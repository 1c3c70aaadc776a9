import { CreateRequestContext } from '@mikro-orm/core';
import { EntityManager } from '@mikro-orm/postgresql';
import { MessagePattern, Payload } from '@nestjs/microservices';
import {
  AddNoteCommand,
  ContactCommand,
  DirectorySubjects,
  NoteListReply,
  NoteReply,
} from '@careers/contracts';
import { RpcController } from '@careers/messaging';
import { ContactsService } from '../contacts/contacts.service';
import { Note } from './note.entity';

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

  /** Newest first. */
  @MessagePattern(DirectorySubjects.listNotes)
  @CreateRequestContext()
  async list(@Payload() request: ContactCommand): Promise<NoteListReply> {
    const contact = await this.contacts.get(this.em, request.institutionId, request.contactId);
    const notes = await this.em.find(Note, { contact }, { orderBy: { createdAt: 'desc', id: 'desc' } });
    return { items: notes.map((note) => note.toReply()) };
  }
}

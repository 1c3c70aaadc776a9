import { EntityManager } from '@mikro-orm/postgresql';
import { Injectable } from '@nestjs/common';
import { AddNoteCommand, ListNotesCommand, NotePageReply, NoteReply } from '@careers/contracts';
import { ContactsService } from '../contacts/contacts.service';
import { userName } from '@careers/messaging';
import { UserReplica } from '../linking/user-replica.entity';
import { Note } from './note.entity';
import { recordNoteAdded } from './note-events';
import { notePage } from './note-page';

/** What staff write about a contact. */
@Injectable()
export class NotesService {
  constructor(private readonly contacts: ContactsService) {}

  async add(em: EntityManager, command: AddNoteCommand): Promise<NoteReply> {
    const contact = await this.contacts.get(em, command.institutionId, command.contactId);
    const note = new Note(contact, command.authorId, command.text);
    recordNoteAdded(em.persist(note), note);
    await em.flush();
    return note.toReply(await userName(em, note.authorId, UserReplica));
  }

  async list(em: EntityManager, command: ListNotesCommand): Promise<NotePageReply> {
    const contact = await this.contacts.get(em, command.institutionId, command.contactId);
    return notePage(em, contact, command);
  }
}

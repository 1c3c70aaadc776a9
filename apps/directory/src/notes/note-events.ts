import type { EntityManager } from '@mikro-orm/core';
import { Events } from '@careers/contracts';
import { recordEvent } from '@careers/messaging';
import type { Note } from './note.entity';

export function recordNoteAdded(em: EntityManager, note: Note): void {
  recordEvent(em, Events.contactNoteAdded, {
    noteId: note.id,
    contactId: note.contact.id,
    institutionId: note.contact.institutionId,
    authorId: note.authorId,
    text: note.text,
    createdAt: note.createdAt.toISOString(),
  });
}

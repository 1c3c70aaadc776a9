import { Entity, Index, ManyToOne, Property } from '@mikro-orm/core';
import type { NoteReply } from '@careers/contracts';
import { BaseEntity } from '@careers/persistence';
import { Contact } from '../contacts/contact.entity';

/** What a staff member wrote about a contact, and when. Notes are kept as written. */
@Entity({ tableName: 'contact_note' })
@Index({ properties: ['contact', 'createdAt'] })
export class Note extends BaseEntity {
  @ManyToOne(() => Contact, { deleteRule: 'cascade' })
  contact: Contact;

  @Property({ type: 'uuid' })
  authorId: string;

  @Property({ type: 'text' })
  text: string;

  constructor(contact: Contact, authorId: string, text: string) {
    super();
    this.contact = contact;
    this.authorId = authorId;
    this.text = text.trim();
  }

  /** `authorName`: the author's, as directory knows it now. */
  toReply(authorName: string | null): NoteReply {
    return {
      id: this.id,
      contactId: this.contact.id,
      authorId: this.authorId,
      authorName,
      text: this.text,
      createdAt: this.createdAt.toISOString(),
    };
  }
}

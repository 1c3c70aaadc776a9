import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * Identity's copy of which users are contacts of which institution, from directory's `contact.linked` and
 * `.unlinked` events: the privacy rule for employers' profiles reads it. The two events may arrive in any order, so
 * the row keeps the time of the newest one applied.
 */
@Entity({ tableName: 'contact_link' })
@Index({ properties: ['institutionId', 'userId'] })
export class ContactLink {
  @PrimaryKey({ type: 'uuid' })
  contactId: string;

  @Property({ type: 'uuid' })
  institutionId: string;

  @Property({ type: 'uuid' })
  userId: string;

  @Property({ type: 'boolean' })
  linked: boolean;

  @Property({ type: 'timestamptz' })
  changedAt: Date;

  constructor(contactId: string, institutionId: string, userId: string, linked: boolean, changedAt: Date) {
    this.contactId = contactId;
    this.institutionId = institutionId;
    this.userId = userId;
    this.linked = linked;
    this.changedAt = changedAt;
  }
}

import { Entity, Index, PrimaryKey, PrimaryKeyProp, Property } from '@mikro-orm/core';

/** An event a consumer has applied; its key makes a second delivery of the same event a no-op. */
@Entity({ tableName: 'inbox_event' })
@Index({ properties: ['handledAt'] })
export class InboxEntry {
  [PrimaryKeyProp]?: ['consumer', 'eventId'];

  @PrimaryKey({ type: 'text' })
  consumer: string;

  @PrimaryKey({ type: 'uuid' })
  eventId: string;

  @Property({ type: 'text' })
  subject: string;

  @Property({ type: 'timestamptz' })
  handledAt: Date = new Date();

  constructor(consumer: string, eventId: string, subject: string) {
    this.consumer = consumer;
    this.eventId = eventId;
    this.subject = subject;
  }
}

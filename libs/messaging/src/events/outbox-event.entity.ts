import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/core';
import type { EventEnvelope } from '@careers/contracts';

/** An event waiting to be published: written in the same transaction as the change it announces. */
@Entity({ tableName: 'outbox_event' })
@Index({ properties: ['occurredAt', 'id'] })
export class OutboxEvent {
  @PrimaryKey({ type: 'uuid' })
  id: string;

  @Property({ type: 'text' })
  subject: string;

  @Property({ type: 'jsonb' })
  envelope: EventEnvelope;

  @Property({ type: 'timestamptz' })
  occurredAt: Date;

  constructor(envelope: EventEnvelope) {
    this.id = envelope.id;
    this.subject = envelope.type;
    this.envelope = envelope;
    this.occurredAt = new Date(envelope.occurredAt);
  }
}

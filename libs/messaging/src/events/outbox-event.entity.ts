import { Entity, PrimaryKey, Property } from '@mikro-orm/core';
import type { EventEnvelope } from '@careers/contracts';

/**
 * An event waiting to be published: written in the same transaction as the change it announces, published in the
 * order of the table's own sequence (`seq`, given by PostgreSQL, not mapped).
 */
@Entity({ tableName: 'outbox_event' })
export class OutboxEvent {
  @PrimaryKey({ type: 'uuid' })
  id: string;

  @Property({ type: 'text' })
  subject: string;

  /** Kept as the JSON text it was written as, and published as it is. */
  @Property({ type: 'json', columnType: 'json' })
  envelope: EventEnvelope;

  @Property({ type: 'timestamptz' })
  occurredAt: Date;

  /** The trace the event was recorded in (W3C `traceparent`), which its publication and handling continue. */
  @Property({ type: 'text', nullable: true })
  traceparent?: string;

  constructor(envelope: EventEnvelope, traceparent?: string) {
    this.id = envelope.id;
    this.subject = envelope.type;
    this.envelope = envelope;
    this.occurredAt = new Date(envelope.occurredAt);
    this.traceparent = traceparent;
  }
}

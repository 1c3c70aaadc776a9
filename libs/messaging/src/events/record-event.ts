import type { EntityManager } from '@mikro-orm/core';
import type { EventEnvelope, EventPayloads, EventSubject } from '@careers/contracts';
import { randomUUID } from 'node:crypto';
import { OutboxEvent } from './outbox-event.entity';

/**
 * Puts an event in the outbox of the unit of work: it is stored by the use case's own flush, in the same
 * transaction as the change, and published by the relay afterwards.
 */
export function recordEvent<S extends EventSubject>(
  em: EntityManager,
  type: S,
  data: EventPayloads[S],
): EventEnvelope<S> {
  const envelope: EventEnvelope<S> = {
    id: randomUUID(),
    type,
    occurredAt: new Date().toISOString(),
    version: 1,
    data,
  };
  em.persist(new OutboxEvent(envelope));
  return envelope;
}

import type { EntityManager } from '@mikro-orm/core';
import type { EntityManager as SqlEntityManager } from '@mikro-orm/postgresql';
import { executeBound } from '@careers/persistence';
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

/**
 * Puts many events of one type in the outbox with one statement, in the entity manager's transaction: for
 * set-based writes (an import batch), where an entity per event would cost a round of the unit of work each.
 */
export async function recordEvents<S extends EventSubject>(
  em: SqlEntityManager,
  type: S,
  data: Array<EventPayloads[S]>,
): Promise<void> {
  if (data.length === 0) return;
  const occurredAt = new Date().toISOString();
  const envelopes: Array<EventEnvelope<S>> = data.map((item) => ({
    id: randomUUID(),
    type,
    occurredAt,
    version: 1,
    data: item,
  }));
  await executeBound(
    em,
    `insert into "${em.config.get('schema')}"."outbox_event" ("id", "subject", "envelope", "occurred_at")
     select (e->>'id')::uuid, e->>'type', e, (e->>'occurredAt')::timestamptz
       from json_array_elements(?::json) with ordinality as a(e, n) order by n`,
    [JSON.stringify(envelopes)],
  );
}

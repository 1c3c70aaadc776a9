import type { EntityManager } from '@mikro-orm/core';
import type { EntityManager as SqlEntityManager } from '@mikro-orm/postgresql';
import { executeBound } from '@careers/persistence';
import { endMessagingSpan, startMessagingSpan, traceparentOf } from '@careers/rpc';
import { context, trace } from '@opentelemetry/api';
import { eventVersion, type EventEnvelope, type EventPayloads, type EventSubject } from '@careers/contracts';
import { randomUUID } from 'node:crypto';
import { OutboxEvent } from './outbox-event.entity';

/**
 * Puts an event in the outbox of the unit of work: it is stored by the use case's own flush, in the same
 * transaction as the change, and published by the relay afterwards, in the trace it was recorded in.
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
    version: eventVersion(type),
    data,
  };
  em.persist(new OutboxEvent(envelope, recordedIn(type, envelope.id)));
  return envelope;
}

/**
 * The trace an event is recorded in, as its outbox row keeps it: a span of its own marks the moment in the trace of
 * the use case, and its publication continues from there. Events recorded together share one.
 */
function recordedIn(type: EventSubject, eventId?: string): string | undefined {
  const span = startMessagingSpan('create', type, { eventId });
  const traceparent = traceparentOf(trace.setSpan(context.active(), span));
  endMessagingSpan(span);
  return traceparent;
}

/** PostgreSQL binds at most 65,535 parameters a statement; an event takes five. */
const EVENTS_PER_STATEMENT = 1000;

/**
 * Puts many events of one type in the outbox in a statement (a thousand events each), in the entity manager's
 * transaction: for set-based writes (an import batch), where an entity per event would cost a round of the unit of
 * work each. Each envelope is its own parameter, parsed once as it is stored: read out of one JSON array, an import's
 * envelope of 270 KB was parsed five times (its array, its element, and a field each for the other columns).
 */
export async function recordEvents<S extends EventSubject>(
  em: SqlEntityManager,
  type: S,
  data: Array<EventPayloads[S]>,
): Promise<void> {
  const occurredAt = new Date().toISOString();
  const version = eventVersion(type);
  const traceparent = recordedIn(type);
  for (let start = 0; start < data.length; start += EVENTS_PER_STATEMENT) {
    const envelopes: Array<EventEnvelope<S>> = data
      .slice(start, start + EVENTS_PER_STATEMENT)
      .map((item) => ({
        id: randomUUID(),
        type,
        occurredAt,
        version,
        data: item,
      }));
    await executeBound(
      em,
      `insert into "${em.config.get('schema')}"."outbox_event" ("id", "subject", "envelope", "occurred_at", "traceparent")
       values ${envelopes.map(() => '(?::uuid, ?, ?::json, ?::timestamptz, ?)').join(', ')}`,
      envelopes.flatMap((envelope) => [
        envelope.id,
        type,
        JSON.stringify(envelope),
        occurredAt,
        traceparent ?? null,
      ]),
    );
  }
}

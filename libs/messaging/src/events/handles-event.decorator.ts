import { SetMetadata } from '@nestjs/common';
import type { EntityManager } from '@mikro-orm/core';
import type { EventEnvelope, EventSubject } from '@careers/contracts';

export const HANDLES_EVENT = Symbol('HANDLES_EVENT');

/** Handles one event inside the transaction that also records it in the inbox: use the given entity manager. */
export type EventHandlerFn<S extends EventSubject> = (
  event: EventEnvelope<S>,
  em: EntityManager,
) => Promise<void>;

/**
 * Marks a provider method as the durable, idempotent handler of an event subject. The consumer is named after the
 * service and the subject, so it keeps its place in the stream across restarts.
 */
export const HandlesEvent = (subject: EventSubject): MethodDecorator => SetMetadata(HANDLES_EVENT, subject);

import { SetMetadata } from '@nestjs/common';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { EventEnvelope, EventSubject } from '@careers/contracts';

export const HANDLES_EVENT = Symbol('HANDLES_EVENT');

/** Handles one event inside the transaction that also records it in the inbox: use the given entity manager. */
export type EventHandlerFn<S extends EventSubject> = (
  event: EventEnvelope<S>,
  em: EntityManager,
) => Promise<void>;

/**
 * Marks a provider method as the durable, idempotent handler of an event subject. The consumer is named after the
 * service and the subject, so it keeps its place in the stream across restarts. The method must take that subject's
 * envelope (its `data` is `EventPayloads[S]`) and the transaction's PostgreSQL entity manager: a handler of another
 * subject's payload does not compile.
 */
export const HandlesEvent =
  <S extends EventSubject>(subject: S) =>
  <H extends EventHandlerFn<S>>(
    target: object,
    method: string | symbol,
    descriptor: TypedPropertyDescriptor<H>,
  ): void => {
    SetMetadata(HANDLES_EVENT, subject)(target, method, descriptor);
  };

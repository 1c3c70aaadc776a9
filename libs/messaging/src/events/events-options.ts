export interface EventsOptions {
  /** The service's name: it prefixes the names of its durable consumers. */
  service: string;
  /** How often the relay looks for unpublished events when nothing wakes it. */
  outboxPollMs?: number;
  /** How many events the relay publishes per transaction. */
  outboxBatchSize?: number;
}

export const EVENTS_OPTIONS = Symbol('EVENTS_OPTIONS');

import type { EventSubject } from './events';

/**
 * The version an event's envelope carries, read from its subject: a breaking change to an event publishes it on a new
 * subject ending in `.v<N>` (docs/architecture.md, "Event versions"), and a subject without that suffix is version 1.
 */
export function eventVersion(subject: EventSubject): number {
  const suffix = /\.v(\d+)$/.exec(subject);
  return suffix ? Number(suffix[1]) : 1;
}

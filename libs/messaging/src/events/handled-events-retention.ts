import type { PruneRule } from '@careers/persistence';

/**
 * Inbox entries of events applied long ago: by then the EVENTS stream no longer holds the event, so no delivery can
 * come that the entry would have to turn away (the service's configuration holds the period above the stream's age).
 */
export function handledEventsPruneRule(keepDays: number): PruneRule {
  return { kind: 'handled inbox entries', table: 'inbox_event', keepDays, due: `"handled_at" < :cutoff` };
}

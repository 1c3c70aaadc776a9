import type { EventSubject } from '../events';
import { eventVersion } from '../event-version';
import type { JsonSchema } from './json-schema';

/** Where the snapshot is committed, from the repository root; `npm run contracts:events-snapshot` writes it. */
export const EVENT_SCHEMAS_SNAPSHOT_PATH = 'libs/contracts/event-schemas.snapshot.json';

/** What consumers were promised: each subject's version and the JSON Schema of its data, as last recorded. */
export type EventSchemaSnapshot = Record<string, { version: number; data: JsonSchema }>;

export function eventSchemaSnapshot(dataSchemas: Record<EventSubject, JsonSchema>): EventSchemaSnapshot {
  return Object.fromEntries(
    (Object.entries(dataSchemas) as Array<[EventSubject, JsonSchema]>).map(([subject, data]) => [
      subject,
      { version: eventVersion(subject), data },
    ]),
  );
}

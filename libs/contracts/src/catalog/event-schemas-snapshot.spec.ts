import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { eventDataSchemas } from './event-data-schemas';
import {
  EVENT_SCHEMAS_SNAPSHOT_PATH,
  eventSchemaSnapshot,
  type EventSchemaSnapshot,
} from './event-schema-snapshot';
import { compareEventSchemas } from './schema-compatibility';

const snapshotPath = join(__dirname, '..', '..', '..', '..', EVENT_SCHEMAS_SNAPSHOT_PATH);

describe('the events against their committed schema snapshot', () => {
  const recorded = JSON.parse(readFileSync(snapshotPath, 'utf8')) as EventSchemaSnapshot;
  const changes = compareEventSchemas(recorded, eventSchemaSnapshot(eventDataSchemas()));

  it('has no breaking change on a published subject (publish a new `.v<N>` subject instead, docs/architecture.md "Event versions")', () => {
    expect(changes.breaking).toEqual([]);
  });

  it('records every compatible change (run `npm run contracts:events-snapshot` and commit the snapshot)', () => {
    expect(changes.compatible).toEqual([]);
  });
});

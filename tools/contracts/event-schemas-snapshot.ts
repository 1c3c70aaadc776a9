/**
 * `npm run contracts:events-snapshot`: records the events' data schemas in libs/contracts/event-schemas.snapshot.json.
 * It refuses a breaking change (docs/architecture.md, "Event versions"); with `--retire` it records removed subjects
 * (whose deprecation period has ended, the one breaking change the policy allows) and still refuses any other.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { format, resolveConfig } from 'prettier';
import {
  eventDataSchemas,
  EVENT_SCHEMAS_SNAPSHOT_PATH,
  eventSchemaSnapshot,
  type EventSchemaSnapshot,
  compareEventSchemas,
  SUBJECT_REMOVED,
} from '@careers/contracts/documents';
import { enterRepoRoot, say } from '@careers/workspace-scripts';

const log = (line: string): void => say('contracts', line);

async function main(): Promise<void> {
  enterRepoRoot();
  const current = eventSchemaSnapshot(eventDataSchemas());
  if (existsSync(EVENT_SCHEMAS_SNAPSHOT_PATH)) {
    const recorded = JSON.parse(readFileSync(EVENT_SCHEMAS_SNAPSHOT_PATH, 'utf8')) as EventSchemaSnapshot;
    const { breaking, compatible } = compareEventSchemas(recorded, current);
    compatible.forEach((change) => log(`compatible: ${change}`));
    breaking.forEach((change) => log(`BREAKING: ${change}`));
    // `--retire` lets removed subjects go; any other breaking change still needs a new subject.
    const retiring = process.argv.includes('--retire');
    const refused = breaking.filter((change) => !(retiring && change.endsWith(SUBJECT_REMOVED)));
    if (refused.length) {
      log(
        'Not written: publish the changed event on a new `.v<N>` subject (docs/architecture.md, "Event versions").',
      );
      process.exit(1);
    }
  }
  // Written as the repository's Prettier writes JSON, so that `npm run format:check` passes on it.
  const options = await resolveConfig(EVENT_SCHEMAS_SNAPSHOT_PATH);
  writeFileSync(
    EVENT_SCHEMAS_SNAPSHOT_PATH,
    await format(JSON.stringify(current), { ...options, parser: 'json' }),
  );
  log(`Wrote ${EVENT_SCHEMAS_SNAPSHOT_PATH}.`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});

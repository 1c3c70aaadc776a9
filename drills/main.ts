/**
 * `npm run drills [-- words]`: the fault drills (those whose id has one of the words, or all), one after another,
 * each on a system of its own: the apps as separate processes from their dist/ builds, a private NATS server and a
 * fresh database, as `npm test` runs them. Finds or starts PostgreSQL and checks for a nats-server binary as
 * `npm test` does, builds the apps (DRILLS_SKIP_BUILD=1 skips it), prints what each drill checked and the counts it
 * compared, and exits non-zero when a drill failed.
 */
import {
  findNatsServerBinary,
  findOrStartPostgres,
  NATS_SERVER_BINARY_HOW_TO_GET,
  type LocalService,
} from '@careers/local-infra';
import { withinTime } from '@careers/testing';
import { buildApps, enterRepoRoot, say, exitStatus } from '@careers/workspace-scripts';
import { Checks, Drill, stopLeftovers } from './drill';
import { eventsAcrossNatsOutage } from './events-across-nats-outage';
import { importerKilled } from './importer-killed';
import { invitesAcrossNatsOutage } from './invites-across-nats-outage';
import { natsClusterLeaderKilled } from './nats-cluster-leader-killed';
import { postgresRestarted } from './postgres-restarted';
import { redeliveredEvents } from './redelivered-events';
import { replicasKilled } from './replicas-killed';
import { rollingUpgrade } from './rolling-upgrade';
import { silentService } from './silent-service';

const DRILLS: Drill[] = [
  importerKilled,
  invitesAcrossNatsOutage,
  eventsAcrossNatsOutage,
  natsClusterLeaderKilled,
  postgresRestarted,
  redeliveredEvents,
  replicasKilled,
  rollingUpgrade,
  silentService,
];

const log = (line: string): void => say('drills', line);

async function runDrill(drill: Drill): Promise<{ name: string; passed: boolean; seconds: number }> {
  process.stdout.write(`\n== ${drill.name}: ${drill.proves}\n`);
  const checks = new Checks();
  const started = Date.now();
  let passed: boolean;
  try {
    await withinTime(drill.name, drill.timeLimitMs, () => drill.run(checks));
    passed = !checks.failed;
  } catch (error) {
    process.stdout.write(`  FAIL ${error instanceof Error ? error.message : String(error)}\n`);
    passed = false;
    await stopLeftovers();
  }
  return { name: drill.name, passed, seconds: Math.round((Date.now() - started) / 1000) };
}

async function main(): Promise<void> {
  enterRepoRoot();
  const words = process.argv.slice(2).map((word) => word.toLowerCase());
  const chosen = DRILLS.filter(
    (drill) => words.length === 0 || words.some((word) => drill.id.includes(word)),
  );
  if (chosen.length === 0) {
    throw new Error(`No drill matches ${words.join(' or ')}: ${DRILLS.map((drill) => drill.id).join(', ')}.`);
  }

  const postgres: LocalService = await findOrStartPostgres({
    databaseUrl: process.env['DATABASE_URL'],
    dataDir: '.data/postgres',
    database: 'postgres',
    log,
  });
  const natsServer = findNatsServerBinary();
  if (!natsServer) throw new Error(NATS_SERVER_BINARY_HOW_TO_GET);
  process.env['TEST_DATABASE_URL'] = postgres.url;
  process.env['NATS_SERVER_BIN'] = natsServer;

  if (!process.env['DRILLS_SKIP_BUILD']) {
    log('Building the apps ...');
    const built = buildApps();
    const status = exitStatus(await built.exited);
    if (status !== 0) throw new Error(`The build failed (exit status ${status}).`);
  }

  const outcomes = [];
  for (const drill of chosen) outcomes.push(await runDrill(drill));

  process.stdout.write('\n');
  for (const { name, passed, seconds } of outcomes)
    log(`${passed ? 'passed' : 'FAILED'}  ${name} (${seconds} s)`);
  if (postgres.started) await postgres.stop();
  process.exit(outcomes.every((outcome) => outcome.passed) ? 0 : 1);
}

main().catch((error: unknown) => {
  process.stderr.write(`\n${error instanceof Error ? error.message : String(error)}\n\n`);
  process.exit(1);
});

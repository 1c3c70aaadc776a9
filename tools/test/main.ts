/**
 * `npm test [-- extra nx args]`: every project's tests, one project at a time. Finds or starts
 * PostgreSQL (its URL becomes TEST_DATABASE_URL, from which the harness creates a database per test
 * file), checks that a nats-server binary exists (the harness starts a private one per test file),
 * checks that a Chromium exists (the browser tests drive it), builds the apps and the web app (the integration tests
 * run dist/apps/<app>/main.js; the gateway serves dist/apps/web), runs the tests, and stops
 * what it started. Exits with the tests' exit status.
 */
import {
  CHROMIUM_HOW_TO_GET,
  findChromium,
  findNatsServerBinary,
  findOrStartPostgres,
  NATS_SERVER_BINARY_HOW_TO_GET,
  terminateChild,
  type LocalService,
} from '@careers/local-infra';
import {
  buildApps,
  enterRepoRoot,
  nxEnv,
  say,
  exitStatus,
  runCommand,
  type Command,
  onStopSignal,
} from '@careers/workspace-scripts';

const log = (line: string): void => say('test', line);

let postgres: LocalService | undefined;
let current: Command | undefined;
let finishing: Promise<never> | undefined;

/** Stops what runs and what this command started, and exits with code. */
function finish(code: number, reason?: string): Promise<never> {
  finishing ??= (async (): Promise<never> => {
    if (reason) log(reason);
    if (current) await terminateChild(current.child, current.exited);
    if (postgres?.started) {
      await postgres.stop().catch((error: unknown) => log(`While stopping PostgreSQL: ${String(error)}`));
    }
    process.exit(code);
  })();
  return finishing;
}

async function run(command: Command): Promise<number> {
  current = command;
  const status = exitStatus(await command.exited);
  current = undefined;
  return status;
}

async function main(): Promise<void> {
  enterRepoRoot();
  onStopSignal((signal) => void finish(signal === 'SIGINT' ? 130 : 143, `${signal} received: stopping.`));

  postgres = await findOrStartPostgres({
    databaseUrl: process.env['DATABASE_URL'],
    dataDir: '.data/postgres',
    database: 'postgres',
    log,
  });

  const natsServer = findNatsServerBinary();
  if (!natsServer) {
    process.stderr.write(`\n${NATS_SERVER_BINARY_HOW_TO_GET}\n\n`);
    await finish(1);
    return;
  }
  log(`nats-server: ${natsServer} (each test file starts its own).`);

  const chromium = findChromium();
  if (!chromium) {
    process.stderr.write(`\n${CHROMIUM_HOW_TO_GET}\n\n`);
    await finish(1);
    return;
  }
  log(`Chromium: ${chromium} (the browser tests drive it).`);

  log('Building the apps ...');
  const built = await run(buildApps());
  if (built !== 0) await finish(built, 'The build failed (see above).');

  const tests = await run(
    runCommand(
      'npx',
      ['nx', 'run-many', '-t', 'test', '--parallel=1', '--outputStyle=stream', ...process.argv.slice(2)],
      nxEnv({ TEST_DATABASE_URL: postgres.url, NATS_SERVER_BIN: natsServer }),
    ),
  );
  await finish(tests, tests === 0 ? undefined : `The tests failed (exit status ${tests}).`);
}

main().catch((error: unknown) => {
  process.stderr.write(`\n${error instanceof Error ? error.message : String(error)}\n\n`);
  void finish(1);
});

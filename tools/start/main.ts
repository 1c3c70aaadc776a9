/**
 * `npm start`: the whole system on this machine. Finds or starts PostgreSQL and NATS, builds the
 * apps and the web app, runs each app as its own process (output prefixed with its name, readable in a terminal),
 * waits until every one is ready, and prints how to use it: the gateway serves the web app at its root. With
 * `--demo` (`npm run start:demo`), it first fills a demo school (tools/demo) for a newcomer to look at. Ctrl+C stops the apps, then what it started.
 */
import {
  APP_NODE_FLAGS,
  findOrStartNats,
  findOrStartPostgres,
  terminateChild,
  type LocalService,
} from '@careers/local-infra';
import {
  APPS,
  appMain,
  appMetricsPort,
  appPort,
  type AppName,
  buildApps,
  enterRepoRoot,
  say,
  describeExit,
  exitStatus,
  PrefixedProcess,
  type Command,
  onStopSignal,
} from '@careers/workspace-scripts';
import { adminCredentials } from './admin-credentials';
import { devMail, type DevMail } from './dev-mail';
import { readyBanner } from './banner';
import { logLineFormat } from './log-format';
import { fillDemoSchool } from './demo';
import { waitForHttpOk } from './wait-ready';

const READY_TIMEOUT_MS = 60_000;
const log = (line: string): void => say('start', line);

interface RunningApp {
  name: AppName;
  port: number;
  process: PrefixedProcess;
}

let postgres: LocalService | undefined;
let nats: LocalService | undefined;
let mail: DevMail | undefined;
let build: Command | undefined;
const apps: RunningApp[] = [];
let stopping: Promise<never> | undefined;

/** Stops the apps (SIGTERM, SIGKILL after 10 s), then what this command started; exits. */
function shutdown(code: number, reason?: string): Promise<never> {
  stopping ??= (async (): Promise<never> => {
    if (reason) log(reason);
    if (build) await terminateChild(build.child, build.exited);
    const running = apps.filter((app) => app.process.running);
    if (running.length > 0) {
      log(`Stopping ${running.map((app) => app.name).join(', ')} ...`);
      await Promise.all(running.map((app) => app.process.stop(10_000)));
    }
    for (const service of [nats, postgres]) {
      if (service?.started) {
        await service.stop().catch((error: unknown) => log(`While stopping: ${String(error)}`));
      }
    }
    await mail?.catcher?.stop();
    if (nats?.started || postgres?.started) log('Stopped what it had started.');
    process.exit(code);
  })();
  return stopping;
}

function fail(error: unknown): Promise<never> {
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(`\n${message}\n\n`);
  return shutdown(1);
}

async function main(): Promise<void> {
  enterRepoRoot();
  onStopSignal((signal) => void shutdown(0, `${signal} received: stopping.`));

  const ports = APPS.map((app) => ({
    name: app.name,
    port: appPort(app.name),
    metricsPort: appMetricsPort(app.name),
  }));
  const admin = adminCredentials();
  const gatewayPort = ports.find((app) => app.name === 'gateway')?.port ?? 3000;

  postgres = await findOrStartPostgres({
    databaseUrl: process.env['DATABASE_URL'],
    dataDir: '.data/postgres',
    database: 'careers',
    log,
  });
  nats = await findOrStartNats({
    natsUrl: process.env['NATS_URL'],
    storeDir: '.data/nats',
    log,
  });

  mail = await devMail(log);

  log('Building the apps ...');
  build = buildApps();
  const built = exitStatus(await build.exited);
  build = undefined;
  if (built !== 0) await shutdown(built, 'The build failed (see above).');

  const shared: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: process.env['NODE_ENV'] || 'development',
    DATABASE_URL: postgres.url,
    NATS_URL: nats.url,
    BOOTSTRAP_ADMIN_EMAIL: admin.email,
    BOOTSTRAP_ADMIN_PASSWORD: admin.password,
    SMTP_URL: mail.smtpUrl,
    // The gateway serves the web app: the mails' links lead to it.
    WEB_APP_URL: process.env['WEB_APP_URL'] || `http://localhost:${gatewayPort}`,
  };
  const format = logLineFormat();
  for (const { name, port, metricsPort } of ports) {
    const child = new PrefixedProcess(
      name,
      process.execPath,
      [...APP_NODE_FLAGS, appMain(name)],
      { ...shared, PORT: String(port), METRICS_PORT: String(metricsPort) },
      format,
    );
    apps.push({ name, port, process: child });
    void child.exited.then((exit) => {
      if (!stopping) void shutdown(1, `${name} ${describeExit(exit)} on its own: stopping the rest.`);
    });
  }
  const started = ports.map(({ name, port, metricsPort }) => `${name} (:${port}, metrics :${metricsPort})`);
  log(`Started ${started.join(', ')}; waiting until ready ...`);

  const deadline = Date.now() + READY_TIMEOUT_MS;
  const results = await Promise.all(
    apps.map(async (app) => ({
      app,
      readiness: await waitForHttpOk(
        `http://127.0.0.1:${app.port}/health/ready`,
        deadline,
        () => !stopping && app.process.running,
      ),
    })),
  );
  if (stopping) return;
  const notReady = results.filter((result) => !result.readiness.ready);
  if (notReady.length > 0) {
    for (const { app, readiness } of notReady) {
      const last = readiness.ready ? '' : readiness.lastAnswer;
      log(
        `${app.name} is not ready after ${READY_TIMEOUT_MS / 1000} s ` +
          `(http://127.0.0.1:${app.port}/health/ready: ${last}). Its last lines:`,
      );
      for (const line of app.process.tail()) log(`  ${app.name}| ${line}`);
    }
    await shutdown(1);
  }

  const gatewayUrl = `http://localhost:${gatewayPort}`;
  if (process.argv.includes('--demo')) await fillDemoSchool(gatewayUrl, admin, mail, log);
  process.stdout.write(readyBanner(gatewayUrl, admin));
}

main().catch(fail);

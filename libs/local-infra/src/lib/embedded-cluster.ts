import { existsSync, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { freePort, isPortFree } from './free-port';
import { LineTail } from './line-tail';
import { loadEmbeddedPostgres } from './load-embedded-postgres';
import { placesThePostgresUserCanReach, type ClusterPlaces } from './postgres-user-places';
import { isProcessAlive } from './process-alive';
import { isTcpReachable } from './tcp';

/** The superuser of the embedded cluster (set when the cluster is initialised). */
const USER = 'postgres';
const PASSWORD = 'postgres';
const HOST = '127.0.0.1';
const PREFERRED_PORT = 5432;

export interface EmbeddedCluster {
  /** postgres://postgres:postgres@127.0.0.1:<port> (no database). */
  serverUrl: string;
  port: number;
  /** Where its data is (not the folder asked for when, as root, the postgres user cannot reach that). */
  dataDir: string;
  started: boolean;
  stop(): Promise<void>;
}

function serverUrl(port: number): string {
  return `postgres://${USER}:${PASSWORD}@${HOST}:${port}`;
}

function isRoot(): boolean {
  return process.getuid?.() === 0;
}

/** The pid and port PostgreSQL wrote to postmaster.pid (lines 1 and 4), if it is there. */
function readPostmasterPid(content: string): { pid: number; port: number } | undefined {
  const lines = content.split('\n');
  const pid = Number(lines[0]);
  const port = Number(lines[3]);
  if (!Number.isInteger(pid) || pid <= 0 || !Number.isInteger(port)) return undefined;
  return { pid, port };
}

/**
 * Sends the postmaster of dataDir a fast shutdown (SIGINT) if this process exits without having
 * stopped it (a crash, process.exit()). Returns what removes that guard.
 */
function stopOnExit(dataDir: string): () => void {
  const onExit = (): void => {
    try {
      const running = readPostmasterPid(readFileSync(join(dataDir, 'postmaster.pid'), 'utf8'));
      if (running) process.kill(running.pid, 'SIGINT');
    } catch {
      // Already gone.
    }
  };
  process.once('exit', onExit);
  return () => process.removeListener('exit', onExit);
}

/**
 * The port of a postmaster still running on dataDir (from an earlier run that did not stop it, or
 * another command of this repository running now), if any.
 */
async function runningClusterPort(dataDir: string): Promise<number | undefined> {
  let content: string;
  try {
    content = await readFile(join(dataDir, 'postmaster.pid'), 'utf8');
  } catch {
    return undefined;
  }
  const running = readPostmasterPid(content);
  if (!running || !isProcessAlive(running.pid)) return undefined;
  return (await isTcpReachable(HOST, running.port)) ? running.port : undefined;
}

/**
 * Starts PostgreSQL from the embedded-postgres package with its data in dataDir (initialised on
 * first use, kept afterwards; as root, see placesThePostgresUserCanReach), on options.port, else on 5432 when free, else on a free port. A cluster already
 * running on dataDir is used as it is (and not stopped).
 */
export async function startEmbeddedCluster(
  dataDirInput: string,
  log: (line: string) => void,
  options: { port?: number } = {},
): Promise<EmbeddedCluster> {
  const places: ClusterPlaces = isRoot()
    ? placesThePostgresUserCanReach(resolve(dataDirInput), log)
    : { dataDir: resolve(dataDirInput) };
  const { dataDir } = places;
  const runningPort = await runningClusterPort(dataDir);
  if (runningPort !== undefined) {
    log(`PostgreSQL from ${dataDir} is already running on ${HOST}:${runningPort}: using it.`);
    return {
      serverUrl: serverUrl(runningPort),
      port: runningPort,
      dataDir,
      started: false,
      stop: async () => undefined,
    };
  }

  const port = options.port ?? ((await isPortFree(PREFERRED_PORT)) ? PREFERRED_PORT : await freePort());
  const tail = new LineTail(60);
  const onOutput = (message: unknown): void => {
    const text = message instanceof Error ? message.message : String(message);
    for (const line of tail.push(text.endsWith('\n') ? text : `${text}\n`)) {
      // The rest is kept for the error message should it fail. Refused logins are left out: the
      // other commands' probe for a password-less login (find-or-start-postgres) causes them.
      const refusedLogin = /FATAL:.*(SASL|authentication|password)/.test(line);
      if (/\b(WARNING|ERROR|FATAL|PANIC):/.test(line) && !refusedLogin) log(`postgres: ${line}`);
    }
  };

  const EmbeddedPostgres = await loadEmbeddedPostgres(places.packagesDir);
  const cluster = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: USER,
    password: PASSWORD,
    authMethod: 'scram-sha-256',
    persistent: true,
    // PostgreSQL refuses to run as root; embedded-postgres then runs it as a `postgres` system user.
    createPostgresUser: isRoot(),
    postgresFlags: ['-c', `listen_addresses=${HOST}`, '-c', 'unix_socket_directories='],
    onLog: onOutput,
    onError: onOutput,
  });

  const fail = (what: string, error: unknown): Error => {
    const reason = error instanceof Error ? `: ${error.message}` : '';
    return new Error(
      `The embedded PostgreSQL (data in ${dataDir}, port ${port}) ${what}${reason}\n` +
        `Last lines of its output:\n${tail.text() || '(no output)'}\n` +
        'Set DATABASE_URL to use another PostgreSQL server instead.',
    );
  };

  if (!existsSync(join(dataDir, 'PG_VERSION'))) {
    log(`Initialising an embedded PostgreSQL cluster in ${dataDir} ...`);
    try {
      await cluster.initialise();
    } catch (error) {
      throw fail('could not be initialised', error);
    }
  }
  log(`Starting the embedded PostgreSQL on ${HOST}:${port} (data in ${dataDir}) ...`);
  const removeExitGuard = stopOnExit(dataDir);
  try {
    await cluster.start();
  } catch (error) {
    await cluster.stop().catch(() => undefined);
    removeExitGuard();
    throw fail('did not start', error);
  }
  return {
    serverUrl: serverUrl(port),
    port,
    dataDir,
    started: true,
    stop: async () => {
      await cluster.stop();
      removeExitGuard();
    },
  };
}

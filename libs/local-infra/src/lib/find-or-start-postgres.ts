import { startEmbeddedCluster } from './embedded-cluster';
import { ensureDatabase, isAuthFailure } from './ensure-database';
import { notStarted, type LocalService, type LogLine } from './local-service';
import { isTcpReachable } from './tcp';
import { postgresDatabaseName, postgresEndpoint, redactUrl, withDatabase } from './urls';

export interface FindOrStartPostgresOptions {
  /** DATABASE_URL: used as it is when given. */
  databaseUrl?: string;
  /** Data directory of the embedded PostgreSQL, kept between runs. */
  dataDir: string;
  /** The database to use (created when missing). */
  database: string;
  log: LogLine;
}

const LOCAL_HOST = '127.0.0.1';
const LOCAL_PORT = 5432;
/** Tried in this order on a PostgreSQL found on 127.0.0.1:5432 (the second is the embedded one's). */
const LOCAL_SERVER_URLS = [
  `postgres://postgres@${LOCAL_HOST}:${LOCAL_PORT}`,
  `postgres://postgres:postgres@${LOCAL_HOST}:${LOCAL_PORT}`,
];

function reason(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

async function useDatabaseUrl(
  databaseUrl: string,
  fallbackDatabase: string,
  log: LogLine,
): Promise<LocalService> {
  const shown = redactUrl(databaseUrl);
  let endpoint: { host: string; port: number };
  try {
    endpoint = postgresEndpoint(databaseUrl);
  } catch {
    throw new Error(`DATABASE_URL is not a valid URL: ${shown}`);
  }
  if (!(await isTcpReachable(endpoint.host, endpoint.port, 2_000))) {
    throw new Error(
      `DATABASE_URL=${shown}: nothing answers on ${endpoint.host}:${endpoint.port}. ` +
        'Start that PostgreSQL server, or unset DATABASE_URL to use (or start) a local one.',
    );
  }
  const database = postgresDatabaseName(databaseUrl) ?? fallbackDatabase;
  try {
    if (await ensureDatabase(databaseUrl, database)) {
      log(`PostgreSQL: created database "${database}".`);
    }
  } catch (error) {
    throw new Error(`DATABASE_URL=${shown}: ${reason(error)}`);
  }
  log(`PostgreSQL: using DATABASE_URL (${shown}).`);
  return notStarted(databaseUrl);
}

async function useLocalServer(database: string, log: LogLine): Promise<LocalService> {
  let lastError: unknown;
  for (const serverUrl of LOCAL_SERVER_URLS) {
    try {
      if (await ensureDatabase(serverUrl, database)) {
        log(`PostgreSQL: created database "${database}".`);
      }
      const url = withDatabase(serverUrl, database);
      log(`PostgreSQL: using the server on ${LOCAL_HOST}:${LOCAL_PORT} (${redactUrl(url)}).`);
      return notStarted(url);
    } catch (error) {
      lastError = error;
      if (!isAuthFailure(error)) break;
    }
  }
  throw new Error(
    `A PostgreSQL server answers on ${LOCAL_HOST}:${LOCAL_PORT} but could not be used as ` +
      `user postgres: ${reason(lastError)}. Set DATABASE_URL to a URL with working credentials.`,
  );
}

/**
 * PostgreSQL for a command run on a developer machine: DATABASE_URL when given, else the server on
 * 127.0.0.1:5432, else an embedded PostgreSQL started here (data in dataDir). The database is
 * created when missing (with DATABASE_URL: the one its path names, else `database`).
 */
export async function findOrStartPostgres(options: FindOrStartPostgresOptions): Promise<LocalService> {
  const { databaseUrl, dataDir, database, log } = options;
  if (databaseUrl) return useDatabaseUrl(databaseUrl, database, log);
  if (await isTcpReachable(LOCAL_HOST, LOCAL_PORT)) return useLocalServer(database, log);

  const cluster = await startEmbeddedCluster(dataDir, log);
  try {
    if (await ensureDatabase(cluster.serverUrl, database)) {
      log(`PostgreSQL: created database "${database}".`);
    }
  } catch (error) {
    await cluster.stop().catch(() => undefined);
    throw new Error(`The embedded PostgreSQL on port ${cluster.port}: ${reason(error)}`);
  }
  const url = withDatabase(cluster.serverUrl, database);
  log(`PostgreSQL: ${cluster.started ? 'started' : 'using'} the embedded one (${redactUrl(url)}).`);
  return { url, started: cluster.started, stop: () => cluster.stop() };
}

import { Client } from 'pg';
import { withDatabase } from './urls';

const CONNECT_TIMEOUT_MS = 5_000;

/** The SQLSTATE of a PostgreSQL error, if it is one. */
export function pgErrorCode(error: unknown): string | undefined {
  if (error instanceof Error && 'code' in error) {
    const { code } = error as { code: unknown };
    return typeof code === 'string' ? code : undefined;
  }
  return undefined;
}

/** True when the server refused the credentials (rather than being down or missing the database). */
export function isAuthFailure(error: unknown): boolean {
  const code = pgErrorCode(error);
  if (code === '28P01' || code === '28000') return true;
  // node-postgres's own message when the server asks for a password and none was given.
  return error instanceof Error && /password/i.test(error.message);
}

async function withClient<T>(url: string, work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({
    connectionString: url,
    connectionTimeoutMillis: CONNECT_TIMEOUT_MS,
  });
  // An error after connect (server gone) must not crash the process.
  client.on('error', () => undefined);
  try {
    await client.connect();
  } catch (error) {
    // A refused login can leave the socket open until the server's authentication timeout.
    await client.end().catch(() => undefined);
    throw error;
  }
  try {
    return await work(client);
  } finally {
    await client.end().catch(() => undefined);
  }
}

const MAINTENANCE_DATABASE = 'postgres';

async function connectOnly(url: string): Promise<void> {
  await withClient(url, async () => undefined);
}

/**
 * Makes sure `database` exists on the server of `serverUrl`: looks for it from the server's
 * `postgres` maintenance database and creates it there when missing. When the maintenance database
 * cannot be used (no such database, not allowed), connecting to `database` itself must work.
 * Returns whether it was created.
 */
export async function ensureDatabase(serverUrl: string, database: string): Promise<boolean> {
  let created = false;
  try {
    await withClient(withDatabase(serverUrl, MAINTENANCE_DATABASE), async (client) => {
      const found = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
      if (found.rowCount) return;
      try {
        await client.query(`CREATE DATABASE ${client.escapeIdentifier(database)}`);
        created = true;
      } catch (error) {
        // 42P04: duplicate_database, someone else created it meanwhile.
        if (pgErrorCode(error) !== '42P04') throw error;
      }
    });
    return created;
  } catch (error) {
    const code = pgErrorCode(error);
    // 3D000: no `postgres` database; 28000/42501: not allowed to connect to it.
    const maintenanceUnusable =
      database !== MAINTENANCE_DATABASE &&
      !created &&
      (code === '3D000' || code === '28000' || code === '42501');
    if (!maintenanceUnusable) throw error;
  }
  await connectOnly(withDatabase(serverUrl, database));
  return false;
}

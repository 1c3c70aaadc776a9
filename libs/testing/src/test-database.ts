import { randomBytes } from 'node:crypto';
import { Client, Pool } from 'pg';

/** The server the tests may create databases on: TEST_DATABASE_URL (set by `npm test`), else local PostgreSQL. */
export function adminDatabaseUrl(): string {
  return process.env['TEST_DATABASE_URL'] ?? 'postgres://postgres@127.0.0.1:5432/postgres';
}

/** A fresh, empty database for one test file; dropped at the end. */
export class TestDatabase {
  private constructor(
    readonly url: string,
    private readonly name: string,
    private readonly pool: Pool,
    private readonly serverUrl: string,
  ) {}

  /** On the server of serverUrl (a URL of any database there), else on adminDatabaseUrl()'s. */
  static async create(serverUrl = adminDatabaseUrl()): Promise<TestDatabase> {
    const name = `test_${randomBytes(6).toString('hex')}`;
    await withAdmin(serverUrl, (admin) => admin.query(`create database "${name}"`));
    const url = new URL(serverUrl);
    url.pathname = `/${name}`;
    // One connection (loaders create session-scoped pg_temp functions), in a pool that makes a new one when the
    // server cut it (a drill restarts the server).
    const pool = new Pool({ connectionString: url.toString(), max: 1, idleTimeoutMillis: 0 });
    pool.on('error', () => undefined); // an idle connection cut by the server; the pool makes another
    return new TestDatabase(url.toString(), name, pool, serverUrl);
  }

  /** Runs SQL against the test database and returns the rows. */
  async query<T extends Record<string, unknown>>(sql: string, params: unknown[] = []): Promise<T[]> {
    return (await this.pool.query<T>(sql, params)).rows;
  }

  async drop(): Promise<void> {
    await this.pool.end();
    await withAdmin(this.serverUrl, (admin) =>
      admin.query(`drop database if exists "${this.name}" with (force)`),
    );
  }
}

async function withAdmin<T>(serverUrl: string, work: (client: Client) => Promise<T>): Promise<T> {
  const admin = new Client({ connectionString: serverUrl });
  await admin.connect();
  try {
    return await work(admin);
  } finally {
    await admin.end();
  }
}

import { randomBytes } from 'node:crypto';
import { Client } from 'pg';

/** The server the tests may create databases on: TEST_DATABASE_URL (set by `npm test`), else local PostgreSQL. */
export function adminDatabaseUrl(): string {
  return process.env['TEST_DATABASE_URL'] ?? 'postgres://postgres@127.0.0.1:5432/postgres';
}

/** A fresh, empty database for one test file; dropped at the end. */
export class TestDatabase {
  private constructor(
    readonly url: string,
    private readonly name: string,
    private readonly client: Client,
  ) {}

  static async create(): Promise<TestDatabase> {
    const name = `test_${randomBytes(6).toString('hex')}`;
    await withAdmin((admin) => admin.query(`create database "${name}"`));
    const url = new URL(adminDatabaseUrl());
    url.pathname = `/${name}`;
    const client = new Client({ connectionString: url.toString() });
    await client.connect();
    return new TestDatabase(url.toString(), name, client);
  }

  /** Runs SQL against the test database and returns the rows. */
  async query<T extends Record<string, unknown>>(sql: string, params: unknown[] = []): Promise<T[]> {
    return (await this.client.query<T>(sql, params)).rows;
  }

  async drop(): Promise<void> {
    await this.client.end();
    await withAdmin((admin) => admin.query(`drop database if exists "${this.name}" with (force)`));
  }
}

async function withAdmin<T>(work: (client: Client) => Promise<T>): Promise<T> {
  const admin = new Client({ connectionString: adminDatabaseUrl() });
  await admin.connect();
  try {
    return await work(admin);
  } finally {
    await admin.end();
  }
}

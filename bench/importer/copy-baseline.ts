import type { TestDatabase } from '@careers/testing';
import { STUDENT_COLUMNS } from './students-file';

/** The baseline's table; it stays for the writes baseline to read until `dropCopyTable`. */
export const COPY_TABLE = 'public.bench_copy_students';

export interface CopyBaseline {
  rows: number;
  ms: number;
}

/**
 * What PostgreSQL alone takes for the same rows: a server-side `COPY` of the file into a fresh table with unique
 * indexes on email and username (the two keys the import matches on). `pg` has no COPY FROM STDIN without
 * pg-copy-streams (not installed), so the server reads the file itself: the test database's user is the superuser,
 * and the server runs on this machine.
 */
export async function copyBaseline(db: TestDatabase, path: string): Promise<CopyBaseline> {
  await db.query(`drop table if exists ${COPY_TABLE}`);
  await db.query(
    `create table ${COPY_TABLE} (
       ${STUDENT_COLUMNS.map((column) => `${column} ${column === 'graduation_date' ? 'date' : 'text'}`).join(', ')}
     )`,
  );
  await db.query(`create unique index on ${COPY_TABLE} (email_address)`);
  await db.query(`create unique index on ${COPY_TABLE} (username)`);
  const started = performance.now();
  await db.query(
    `copy ${COPY_TABLE} (${STUDENT_COLUMNS.join(', ')})
       from '${path.replace(/'/g, "''")}' with (format csv, header true)`,
  );
  const ms = performance.now() - started;
  const [{ rows }] = await db.query<{ rows: number }>(`select count(*)::int as rows from ${COPY_TABLE}`);
  return { rows, ms };
}

export async function dropCopyTable(db: TestDatabase): Promise<void> {
  await db.query(`drop table if exists ${COPY_TABLE}`);
}

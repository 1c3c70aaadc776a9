import type { TestDatabase } from '@careers/testing';
import { STUDENT_COLUMNS } from './students-file';

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
  await db.query(`drop table if exists public.bench_copy_students`);
  await db.query(
    `create table public.bench_copy_students (
       ${STUDENT_COLUMNS.map((column) => `${column} ${column === 'graduation_date' ? 'date' : 'text'}`).join(', ')}
     )`,
  );
  await db.query(`create unique index on public.bench_copy_students (email_address)`);
  await db.query(`create unique index on public.bench_copy_students (username)`);
  const started = performance.now();
  await db.query(
    `copy public.bench_copy_students (${STUDENT_COLUMNS.join(', ')})
       from '${path.replace(/'/g, "''")}' with (format csv, header true)`,
  );
  const ms = performance.now() - started;
  const [{ rows }] = await db.query<{ rows: number }>(
    `select count(*)::int as rows from public.bench_copy_students`,
  );
  await db.query(`drop table public.bench_copy_students`);
  return { rows, ms };
}

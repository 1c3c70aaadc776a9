import type { TestDatabase } from '@careers/testing';
import { COPY_TABLE } from './copy-baseline';

export interface WritesBaseline {
  rows: number;
  ms: number;
}

const SCHEMA = 'bench_writes';
/** The rows a batch of a run writes in one transaction, as identity's two halves of a 2,000-row batch do. */
const BATCH = 1000;
const INSTITUTION_ID = '00000000-0000-4000-8000-00000000be9c';
const IMPORT_ID = '00000000-0000-4000-8000-00000000be9d';

/** The tables a run of a Students file writes a row into for each row of the file, each copied from its service. */
const WRITTEN_TABLES = [
  'identity.user_account',
  'identity.membership',
  'directory.user_replica',
  'importer.import_run_row',
] as const;

/**
 * What PostgreSQL alone takes to store the file's rows where a run stores them: an account, a membership, directory's
 * replica of the account and the run's decision for each row, in copies of the four tables (their columns, keys,
 * indexes and constraints, and the membership's reference to its account), set-based, a transaction of 1,000 rows of
 * each at a time, inserted plainly as a run writes new people (it adds ON CONFLICT clauses only to a batch that
 * breaks a unique constraint). Read from the COPY baseline's table, so there is no client work
 * and no JSON: this is the floor of the run's writes, against which the rest of a run (its lookups, its events, the
 * services' own work) can be judged. The issue's "set-based upsert from a staging table" of one table, made of the
 * four a run fills.
 */
export async function writesBaseline(db: TestDatabase): Promise<WritesBaseline> {
  await db.query(`drop schema if exists ${SCHEMA} cascade`);
  await db.query(`create schema ${SCHEMA}`);
  for (const table of WRITTEN_TABLES) {
    await db.query(`create table ${SCHEMA}.${table.split('.')[1]} (like ${table} including all)`);
  }
  await db.query(`alter table ${SCHEMA}.membership
    add foreign key ("user_id") references ${SCHEMA}.user_account ("id") on delete cascade`);
  // Each row's account id made beforehand, as identity makes them (no statement looks an account up).
  await db.query(
    `create table ${SCHEMA}.staged as
       select row_number() over () as n, gen_random_uuid() as user_id, s.* from ${COPY_TABLE} s`,
  );
  await db.query(`create index on ${SCHEMA}.staged (n)`);
  await db.query(`analyze ${SCHEMA}.staged`);
  const [{ rows }] = await db.query<{ rows: number }>(`select count(*)::int as rows from ${SCHEMA}.staged`);

  const started = performance.now();
  for (let first = 1; first <= rows; first += BATCH) {
    await db.query(`begin`);
    await writeBatch(db, first, first + BATCH - 1);
    await db.query(`commit`);
  }
  const ms = performance.now() - started;
  await db.query(`drop schema ${SCHEMA} cascade`);
  return { rows, ms };
}

async function writeBatch(db: TestDatabase, first: number, last: number): Promise<void> {
  const slice = [first, last];
  await db.query(
    `insert into ${SCHEMA}.user_account ("id", "created_at", "updated_at", "email", "email_key", "name", "user_type", "status")
     select s.user_id, now(), now(), s.email_address, lower(s.email_address), s.first_name || ' ' || s.last_name,
            'student', 'active'
       from ${SCHEMA}.staged s where s.n between $1 and $2`,
    slice,
  );
  await db.query(
    `insert into ${SCHEMA}.membership ("id", "created_at", "updated_at", "user_id", "institution_id", "status", "roles",
                                       "username", "username_key", "auth_identifier", "excluded_from_syncs",
                                       "employer_permissions", "attributes")
     select gen_random_uuid(), now(), now(), s.user_id, '${INSTITUTION_ID}', 'active', array['student'], s.username,
            lower(s.username), null, false, '{}',
            jsonb_build_object('school_year', s.school_year, 'graduation_date', s.graduation_date,
                               'college_name', s.college_name)
       from ${SCHEMA}.staged s where s.n between $1 and $2`,
    slice,
  );
  await db.query(
    `insert into ${SCHEMA}.user_replica as r ("id", "email_key", "email_at", "name", "name_at", "status", "status_at",
                                              "user_type")
     select s.user_id, lower(s.email_address), now(), s.first_name || ' ' || s.last_name, now(), 'active', now(),
            'student'
       from ${SCHEMA}.staged s where s.n between $1 and $2`,
    slice,
  );
  await db.query(
    `insert into ${SCHEMA}.import_run_row ("import_id", "row", "outcome")
     select '${IMPORT_ID}', s.n + 1, 'create' from ${SCHEMA}.staged s where s.n between $1 and $2`,
    slice,
  );
}

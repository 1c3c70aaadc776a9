import type { TestDatabase } from './test-database';

export interface LoadedAudience {
  contacts: number;
  labelId: string;
  ms: number;
}

/**
 * Puts the bulk invite's audience straight into the schemas, set-based: `contacts` contacts with one label, a tenth
 * of them linked to employer accounts (a fifth of those on a company's staff, a tenth already members), so each
 * outcome of the draft is exercised.
 */
export async function loadInviteAudience(
  db: TestDatabase,
  institutionId: string,
  contacts: number,
): Promise<LoadedAudience> {
  const started = Date.now();
  // Valid version-4 UUIDs from a text, so the same rows come back on every run.
  await db.query(`create function pg_temp.bench_uuid(seed text) returns uuid language sql immutable
    as $$ select overlay(overlay(md5(seed) placing '4' from 13) placing '8' from 17)::uuid $$`);
  const [{ id: labelId }] = await db.query<{ id: string }>(
    `insert into directory.label (id, created_at, updated_at, institution_id, name, name_key)
     values (gen_random_uuid(), now(), now(), $1, 'Bench invite', 'bench invite') returning id`,
    [institutionId],
  );
  await db.query(
    `insert into identity.user_account (id, created_at, updated_at, email, email_key, name, user_type, status)
     select pg_temp.bench_uuid('user' || i), now(), now(), 'employer' || i || '@bench.test', 'employer' || i || '@bench.test',
            'Employer ' || i, 'employer', 'active'
       from generate_series(1, $1::int / 10) i`,
    [contacts],
  );
  await db.query(
    `insert into directory.company (id, created_at, updated_at, name, name_key, created_by)
     values (pg_temp.bench_uuid('bench company'), now(), now(), 'Bench Co', 'bench co', pg_temp.bench_uuid('bench company'))`,
  );
  await db.query(
    `insert into directory.company_staff (user_id, company_id, joined_at)
     select pg_temp.bench_uuid('user' || i), pg_temp.bench_uuid('bench company'), now() from generate_series(1, $1::int / 10, 5) i`,
    [contacts],
  );
  await db.query(
    `insert into identity.membership (id, created_at, updated_at, user_id, institution_id, status, roles, username,
       username_key, excluded_from_syncs)
     select gen_random_uuid(), now(), now(), pg_temp.bench_uuid('user' || i), $2, 'active', '{employer}',
            'employer' || i || '@bench.test', 'employer' || i || '@bench.test', false
       from generate_series(2, $1::int / 10, 10) i`,
    [contacts, institutionId],
  );
  await db.query(
    `insert into directory.contact (id, created_at, updated_at, institution_id, first_name, last_name, email, email_key,
       sort_name, search_text, source, linked_user_id, linked_at)
     select pg_temp.bench_uuid('contact' || i), now(), now(), $1, 'First' || i, 'Last' || i, e.email, e.email,
            'last' || i || ' first' || i, 'first' || i || ' last' || i || ' ' || e.email, 'manual',
            case when i <= $2::int / 10 then pg_temp.bench_uuid('user' || i) end,
            case when i <= $2::int / 10 then now() end
       from generate_series(1, $2::int) i,
            lateral (select case when i <= $2::int / 10 then 'employer' || i || '@bench.test'
                                 else 'contact' || i || '@bench.test' end as email) e`,
    [institutionId, contacts],
  );
  await db.query(
    `insert into directory.contact_label (contact_id, label_id)
     select pg_temp.bench_uuid('contact' || i), $1 from generate_series(1, $2::int) i`,
    [labelId, contacts],
  );
  await db.query('analyze directory.contact; analyze directory.contact_label; analyze identity.user_account');
  return { contacts, labelId, ms: Date.now() - started };
}

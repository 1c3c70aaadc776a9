import type { TestDatabase } from '@careers/testing';
import {
  COMPANY_BRANDS,
  COMPANY_LINES,
  FIRST_NAMES,
  LABEL_NAMES,
  LAST_NAMES,
  MAIL_DOMAINS,
} from './sample-names';

export interface LoadedLabel {
  id: string;
  name: string;
  /** Contacts with the label, archived ones included. */
  contacts: number;
}

export interface LoadedAddressBook {
  contacts: number;
  labels: LoadedLabel[];
  /** Each step and how long it took, in order. */
  steps: { step: string; ms: number }[];
}

/**
 * Deterministic "random" numbers from the row number, so two runs load the same address book: `unit` is in [0, 1),
 * `pick` a 1-based index into a list of n, skewed towards its head when skew > 1 (the lists are most common first),
 * `bench_uuid` a valid v4 UUID.
 */
const HELPERS = [
  `create function pg_temp.unit(i int, salt int) returns float8 language sql immutable
     as $$ select ((hashint4extended(i, salt) % 1000000 + 1000000) % 1000000) / 1000000.0 $$`,
  `create function pg_temp.pick(i int, salt int, n int, skew float8) returns int language sql immutable
     as $$ select 1 + floor(n * power(pg_temp.unit(i, salt), skew))::int $$`,
  `create function pg_temp.bench_uuid(i int, kind text) returns uuid language sql immutable
     as $$ select overlay(overlay(md5(kind || ':' || i) placing '4' from 13) placing '8' from 17)::uuid $$`,
  // 40% of contacts have no label, 35% one, 25% two (unless both picks agree); a few labels are common, most are not.
  `create function pg_temp.label_ids(i int, labels int) returns uuid[] language sql immutable
     as $$ select coalesce(array_agg(distinct pg_temp.bench_uuid(k, 'label') order by pg_temp.bench_uuid(k, 'label')), '{}')
             from (values (0.40, pg_temp.pick(i, 10, labels, 1.5)), (0.75, pg_temp.pick(i, 11, labels, 1.5))) slot (threshold, k)
            where pg_temp.unit(i, 12) >= slot.threshold $$`,
];

const COMPANIES = `
  insert into directory.company (id, created_at, updated_at, name, name_key, domain, created_by)
  select pg_temp.bench_uuid(n, 'company'), now(), now(), name, lower(name),
         lower(replace(name, ' ', '')) || '.example', pg_temp.bench_uuid(0, 'staff')
  from (select ((b.ord - 1) * cardinality($2::text[]) + l.ord)::int as n, b.brand || ' ' || l.line as name
        from unnest($1::text[]) with ordinality b (brand, ord)
        cross join unnest($2::text[]) with ordinality l (line, ord)) brand_lines`;

/**
 * One statement for every contact. Names are skewed as people's are: the most common last name is about 1% of the
 * contacts (Smith is 0.8% of the US population), the top five about 4%. 30% have no company, 10% are linked to a
 * user, 5% are archived; sources are mixed; created_at rises with the row (the table is filled in the order people
 * were added, over five years); sort_name and search_text are computed as contactKeys() in contact.entity.ts does.
 */
const CONTACTS = `
  insert into directory.contact (id, created_at, updated_at, institution_id, first_name, last_name, email,
    email_key, sort_name, search_text, company_id, company_name, source, linked_user_id, linked_at, archived_at)
  select id, created_at, created_at, $1, first_name, last_name, email, lower(email),
         lower(last_name || ' ' || first_name),
         lower(first_name || ' ' || last_name || ' ' || email || ' ' || coalesce(company_name, '')),
         company_id, company_name, source,
         case when pg_temp.unit(i, 7) < 0.10 then pg_temp.bench_uuid(i, 'user') end,
         case when pg_temp.unit(i, 7) < 0.10 then created_at + interval '1 day' end,
         case when pg_temp.unit(i, 8) < 0.05 then created_at + interval '30 days' end
  from (
    select people.*, co.id as company_id, co.name as company_name,
           lower(first_name || '.' || last_name || i) || '@'
             || coalesce(co.domain, ($5::text[])[pg_temp.pick(i, 5, cardinality($5::text[]), 1.5)]) as email
    from (
      select i, pg_temp.bench_uuid(i, 'contact') as id,
             ($2::text[])[pg_temp.pick(i, 1, cardinality($2::text[]), 1.2)] as first_name,
             ($3::text[])[pg_temp.pick(i, 2, cardinality($3::text[]), 1.2)] as last_name,
             timestamptz '2021-01-01 00:00:00+00' + ((i - 1) + pg_temp.unit(i, 9)) / $4::int * interval '1826 days'
               as created_at,
             case
               when pg_temp.unit(i, 6) < 0.30 then 'manual'
               when pg_temp.unit(i, 6) < 0.65 then 'bulk_upload'
               when pg_temp.unit(i, 6) < 0.80 then 'career_fair'
               when pg_temp.unit(i, 6) < 0.90 then 'job_posting'
               when pg_temp.unit(i, 6) < 0.95 then 'connection_request'
               else 'invitation'
             end as source
      from generate_series(1, $4::int) i
    ) people
    left join directory.company co
      on pg_temp.unit(i, 3) >= 0.30
     and co.id = pg_temp.bench_uuid(pg_temp.pick(i, 4, $6::int, 1.0), 'company')
  ) contacts`;

const LABELS = `
  insert into directory.label (id, created_at, updated_at, institution_id, name, name_key)
  select pg_temp.bench_uuid(n::int, 'label'), now(), now(), $1, name, lower(name)
  from unnest($2::text[]) with ordinality l (name, n)`;

/** The labels each contact was given. */
const CONTACT_LABELS = `
  insert into directory.contact_label (contact_id, label_id)
  select pg_temp.bench_uuid(i, 'contact'), unnest(pg_temp.label_ids(i, $1::int)) from generate_series(1, $2::int) i`;

const LABEL_COUNTS = `
  select l.id, l.name, count(cl.contact_id)::int as contacts
  from directory.label l left join directory.contact_label cl on cl.label_id = l.id
  where l.institution_id = $1 group by l.id, l.name order by contacts desc`;

/**
 * Fills one institution's address book straight in the directory's tables with set-based SQL, then vacuums and
 * analyzes them, as autovacuum would have done on a table that grew over years.
 */
export async function loadAddressBook(
  db: TestDatabase,
  institutionId: string,
  contacts: number,
  onStep: (step: string, ms: number) => void = () => undefined,
): Promise<LoadedAddressBook> {
  const steps: LoadedAddressBook['steps'] = [];
  const timed = async (step: string, work: () => Promise<unknown>): Promise<void> => {
    const started = performance.now();
    await work();
    const ms = performance.now() - started;
    steps.push({ step, ms });
    onStep(step, ms);
  };
  for (const helper of HELPERS) await db.query(helper);
  const companies = COMPANY_BRANDS.length * COMPANY_LINES.length;
  await timed(`${companies} companies`, () => db.query(COMPANIES, [COMPANY_BRANDS, COMPANY_LINES]));
  await timed(`${LABEL_NAMES.length} labels`, () => db.query(LABELS, [institutionId, LABEL_NAMES]));
  await timed(`${contacts} contacts`, () =>
    db.query(CONTACTS, [institutionId, FIRST_NAMES, LAST_NAMES, contacts, MAIL_DOMAINS, companies]),
  );
  await timed('contact labels', () => db.query(CONTACT_LABELS, [LABEL_NAMES.length, contacts]));
  for (const table of ['company', 'contact', 'contact_search_prefix', 'label', 'contact_label']) {
    await timed(`vacuum analyze ${table}`, () => db.query(`vacuum analyze directory.${table}`));
  }
  const labels = await db.query<{ id: string; name: string; contacts: number }>(LABEL_COUNTS, [
    institutionId,
  ]);
  return { contacts, labels, steps };
}

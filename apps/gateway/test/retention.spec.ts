import { ImportsClient, institutionWithStaff, signUpVerified, TestSystem, waitFor } from '@careers/testing';
import { randomUUID } from 'node:crypto';

const HEADER = 'first_name,last_name,email_address,username,user_type,school_year';
const PRUNED = { status: 410, body: { type: 'urn:careers:problem:import-rows-pruned' } };

describe('retention: each service prunes what is past its period, and nothing else', () => {
  let system: TestSystem;
  let institutionId: string;
  let client: ImportsClient;
  let staffToken: string;
  const domain = `kept-${randomUUID().slice(0, 6)}.test`;

  beforeAll(async () => {
    system = await TestSystem.start({
      apps: ['gateway', 'identity', 'directory', 'onboarding', 'importer'],
      env: { RETENTION_INTERVAL_MS: '1000' },
    });
    const staffed = await institutionWithStaff(system, 'career_services_admin');
    institutionId = staffed.institutionId;
    staffToken = staffed.staff.token;
    client = new ImportsClient(system, institutionId, staffToken);
  });

  afterAll(async () => {
    await system?.stop();
  });

  const count = async (sql: string, params: unknown[] = []) =>
    (await system.db.query<{ n: number }>(`select count(*)::int as n from ${sql}`, params))[0].n;

  /** Waits until the condition's rows are gone: a round of the pruner took them. */
  const pruned = (what: string, sql: string, params: unknown[] = []) =>
    waitFor(what, async () => ((await count(sql, params)) === 0 ? true : undefined));

  async function addInboxEntries(schema: string, handledDaysAgo: number[]): Promise<string[]> {
    const ids = handledDaysAgo.map(() => randomUUID());
    await system.db.query(
      `insert into ${schema}.inbox_event ("consumer", "event_id", "subject", "handled_at")
       select 'retention-test', id, 'events.test', now() - make_interval(days => d)
         from unnest($1::uuid[], $2::int[]) as t(id, d)`,
      [ids, handledDaysAgo],
    );
    return ids;
  }

  async function addMails(
    schema: string,
    mails: Array<{ status: string; daysAgo: number }>,
  ): Promise<string[]> {
    const ids = mails.map(() => randomUUID());
    await system.db.query(
      `insert into ${schema}.mail_message ("id", "recipient", "template", "subject", "html", "text", "status",
         "attempts", "next_attempt_at", "queued_at", "sent_at")
       select id, 'someone@retention.test', 'test', 'A test', '', '', s,
              1, case when s = 'queued' then now() + interval '1 day' else t end, t, case when s = 'sent' then t end
         from unnest($1::uuid[], $2::text[], $3::int[]) as m(id, s, d), lateral (select now() - make_interval(days => d) as t) a`,
      [ids, mails.map((mail) => mail.status), mails.map((mail) => mail.daysAgo)],
    );
    return ids;
  }

  it('prunes inbox entries handled longer ago than the EVENTS stream keeps events, in every service', async () => {
    const schemas = ['identity', 'directory', 'onboarding', 'importer'];
    const entries = await Promise.all(schemas.map((schema) => addInboxEntries(schema, [36, 34, 0])));

    for (const [index, schema] of schemas.entries())
      await pruned(`${schema}'s old inbox entry`, `${schema}.inbox_event where event_id = $1`, [
        entries[index][0],
      ]);

    for (const [index, schema] of schemas.entries())
      expect(
        await count(`${schema}.inbox_event where event_id = any($1::uuid[])`, [entries[index].slice(1)]),
      ).toBe(2);
  });

  it('prunes sent and failed mail after their periods, and never a mail still queued', async () => {
    for (const schema of ['identity', 'onboarding']) {
      const [oldSent, recentSent, oldFailed, recentFailed, oldQueued] = await addMails(schema, [
        { status: 'sent', daysAgo: 31 },
        { status: 'sent', daysAgo: 29 },
        { status: 'failed', daysAgo: 91 },
        { status: 'failed', daysAgo: 89 },
        { status: 'queued', daysAgo: 400 },
      ]);

      await pruned(`${schema}'s old mail`, `${schema}.mail_message where id = any($1::uuid[])`, [
        [oldSent, oldFailed],
      ]);

      const left = await system.db.query<{ id: string }>(
        `select id from ${schema}.mail_message where id = any($1::uuid[]) order by status`,
        [[recentSent, recentFailed, oldQueued]],
      );
      expect(left.map((mail) => mail.id)).toEqual([recentFailed, oldQueued, recentSent]);
    }
  });

  it('prunes link tokens and single sign-on attempts a week after they expired, not before', async () => {
    const early = await signUpVerified(system, 'student', 'Early Expired');
    const late = await signUpVerified(system, 'student', 'Late Expired');
    await system.db.query(
      `update identity.one_time_token set expires_at = now() - interval '8 days' where user_id = $1`,
      [early.id],
    );
    await system.db.query(
      `update identity.one_time_token set expires_at = now() - interval '6 days' where user_id = $1`,
      [late.id],
    );
    await system.db.query(
      `insert into identity.single_sign_on_attempt ("state", "institution_id", "binding_digest", "nonce", "code_verifier", "expires_at")
       values ('old-state', $1, 'b', 'n', 'v', now() - interval '8 days'), ('recent-state', $1, 'b', 'n', 'v', now() - interval '1 day')`,
      [institutionId],
    );

    await pruned('the token expired 8 days ago', 'identity.one_time_token where user_id = $1', [early.id]);
    await pruned(
      'the attempt expired 8 days ago',
      `identity.single_sign_on_attempt where state = 'old-state'`,
    );

    expect(await count('identity.one_time_token where user_id = $1', [late.id])).toBe(1);
    expect(await count(`identity.single_sign_on_attempt where state = 'recent-state'`)).toBe(1);
  });

  it("prunes a finished import's rows after 30 days and answers 410 for them, keeping the import and its counts", async () => {
    const rows = (...usernames: string[]) =>
      usernames.map(
        (username) => `${username},Person,${username.toLowerCase()}@${domain},${username},Students,Junior`,
      );
    const old = await client.upload(HEADER, rows('Ada', 'Bo', 'Cy'), {
      fileType: 'Students',
      mode: 'manual',
    });
    const recent = await client.upload(HEADER, rows('Di', 'Ed'), { fileType: 'Students', mode: 'manual' });
    const oldRun = await client.run(old.id);
    await client.run(recent.id);
    const rowsOf = (importId: string) =>
      Promise.all(
        ['import_row', 'import_run_row', 'import_finding'].map((table) =>
          count(`importer.${table} where import_id = $1`, [importId]),
        ),
      );
    expect((await rowsOf(old.id)).slice(0, 2)).toEqual([3, 3]);

    await system.db.query(
      `update importer.import set run_finished_at = run_finished_at - interval '31 days' where id = $1`,
      [old.id],
    );
    await waitFor('the old import to be pruned', async () => {
      const [state] = await system.db.query<{ rows_status: string }>(
        'select rows_status from importer.import where id = $1',
        [old.id],
      );
      return state.rows_status === 'pruned' ? true : undefined;
    });

    expect(await rowsOf(old.id)).toEqual([0, 0, 0]);
    expect((await rowsOf(recent.id)).slice(0, 2)).toEqual([2, 2]);
    const summary = await client.read(old.id);
    expect(summary).toMatchObject({
      status: 'completed',
      rowsPruned: true,
      run: { counts: oldRun.run?.counts, total: 3 },
    });
    expect(await client.read(recent.id)).toMatchObject({ rowsPruned: false });
    for (const route of ['results', 'plan', 'findings', 'failed-rows.csv'])
      expect(await system.api.get(client.path(`/${old.id}/${route}`), staffToken)).toMatchObject(PRUNED);
    const recentResults = await system.api.get(client.path(`/${recent.id}/results`), staffToken);
    expect(recentResults.status).toBe(200);
  });
});

import { TestSystem, waitFor, Person, institutionWithStaff } from '@careers/testing';
import { randomUUID } from 'node:crypto';
import { everyPage, expectPagingChecked } from './support/pages';

interface BulkDecisionBody {
  id: string;
  decision: string;
  status: 'running' | 'done';
  progress: { done: number; total: number; approved: number; declined: number; refused: number };
}

interface BulkDecisionResult {
  requestId: string;
  outcome: string;
  reason: string | null;
}

const MANY = 500;
/** Hundreds of requests decided one a transaction on a shared machine: minutes, not the default seconds. */
const SLOW_TEST_MS = 240_000;

describe('bulk decisions of join requests', () => {
  let system: TestSystem;
  let institutionId: string;
  let csAdmin: Person;

  beforeAll(async () => {
    system = await TestSystem.start({ apps: ['gateway', 'identity', 'directory', 'onboarding'] });
    ({ institutionId, staff: csAdmin } = await institutionWithStaff(system, 'career_services_admin'));
  });

  afterAll(async () => {
    await system?.stop();
  });

  const path = (suffix = '') => `/v1/institutions/${institutionId}/join-requests${suffix}`;

  /**
   * Students who signed up and asked to join, put straight into identity's and onboarding's tables: asking through
   * the API takes a log-in (a password hash) each, too slow for hundreds.
   */
  async function pendingRequests(count: number): Promise<Array<{ id: string; email: string }>> {
    const people = Array.from({ length: count }, (_, index) => ({
      userId: randomUUID(),
      requestId: randomUUID(),
      email: `bulk-${randomUUID()}@example.test`,
      name: `Bulk Student ${index}`,
    }));
    const rows = JSON.stringify(people);
    await system.db.query(
      `insert into identity.user_account (id, created_at, updated_at, email, email_key, name, user_type, status, password_hash)
       select p."userId", now(), now(), p.email, lower(p.email), p.name, 'student', 'active', 'not-a-hash'
         from json_to_recordset($1::json) as p("userId" uuid, email text, name text)`,
      [rows],
    );
    await system.db.query(
      `insert into onboarding.join_request (id, created_at, updated_at, institution_id, user_id, requester_name,
                                            requester_email, requester_type, kind, status, version)
       select p."requestId", now(), now(), $2, p."userId", p.name, p.email, 'student', 'student', 'pending', 1
         from json_to_recordset($1::json) as p("requestId" uuid, "userId" uuid, email text, name text)`,
      [rows, institutionId],
    );
    return people.map((person) => ({ id: person.requestId, email: person.email }));
  }

  const untilDone = (location: string, timeoutMs = 150_000) =>
    waitFor(
      'the bulk decision to be done',
      async () => {
        const read = await system.api.get<BulkDecisionBody>(location, csAdmin.token);
        return read.body.status === 'done' ? read.body : undefined;
      },
      timeoutMs,
    );

  const approvalMailsTo = async (emails: string[]) =>
    system.db.query<{ recipient: string; count: number }>(
      `select recipient, count(*)::int as count from onboarding.mail_message
        where template = 'onboarding.join-request-approved' and recipient = any($1) group by recipient`,
      [emails],
    );

  it(
    'approves 500 requests in the background: 202 with a link to poll, then each outcome',
    async () => {
      const requests = await pendingRequests(MANY);
      const [decided] = requests;
      await system.api.post(path(`/${decided.id}/decline`), {}, csAdmin.token);
      const unknown = randomUUID();
      const requestIds = [...requests.slice(0, MANY - 1).map((request) => request.id), unknown];

      const started = await system.api.post<BulkDecisionBody>(
        path('/bulk-approve'),
        { requestIds },
        csAdmin.token,
      );
      expect({ status: started.status, body: started.body }).toMatchObject({ status: 202 });
      const location = started.headers.get('location') ?? '';
      const done = await untilDone(location);
      const pages = await everyPage<BulkDecisionResult>(system, `${location}/results`, csAdmin.token, 100);
      const results = pages.flat();
      const approved = requests.slice(1, MANY - 1);
      const mails = await approvalMailsTo(approved.map((request) => request.email));

      expect(started.body).toMatchObject({
        id: expect.any(String),
        decision: 'approve',
        progress: { total: MANY },
      });
      expect(location).toBe(path(`/bulk-decisions/${started.body.id}`));
      expect(done.progress).toEqual({ done: MANY, total: MANY, approved: MANY - 2, declined: 0, refused: 2 });
      expect(pages).toHaveLength(MANY / 100);
      expect(results.map((result) => result.requestId)).toEqual(requestIds);
      expect(results.slice(0, 3)).toEqual([
        { requestId: decided.id, outcome: 'refused', reason: expect.stringContaining('already decided') },
        { requestId: requests[1].id, outcome: 'approved', reason: null },
        { requestId: requests[2].id, outcome: 'approved', reason: null },
      ]);
      expect(results.at(-1)).toEqual({
        requestId: unknown,
        outcome: 'refused',
        reason: expect.stringContaining(unknown),
      });
      expect(mails).toHaveLength(MANY - 2);
      expect(mails.every((mail) => mail.count === 1)).toBe(true);
      await expectPagingChecked(system, `${location}/results`, csAdmin.token);
    },
    SLOW_TEST_MS,
  );

  it(
    'loses nothing and decides nothing twice when onboarding is killed midway',
    async () => {
      const requests = await pendingRequests(MANY);
      const headers = { 'idempotency-key': `bulk-${randomUUID()}` };
      const body = { requestIds: requests.map((request) => request.id) };

      const started = await system.api.request<BulkDecisionBody>('POST', path('/bulk-approve'), {
        token: csAdmin.token,
        headers,
        body,
      });
      const location = started.headers.get('location') ?? '';
      const before = await waitFor('some requests to be approved', async () => {
        const read = await system.api.get<BulkDecisionBody>(location, csAdmin.token);
        return read.body.progress.done > 0 ? read.body.progress.done : undefined;
      });
      await system.app('onboarding').kill();
      await system.app('onboarding').start();
      const again = await system.api.request<BulkDecisionBody>('POST', path('/bulk-approve'), {
        token: csAdmin.token,
        headers,
        body,
      });
      const done = await untilDone(location);
      const [approved] = await system.db.query<{ count: number }>(
        `select count(*)::int as count from onboarding.join_request where id = any($1) and status = 'approved'`,
        [requests.map((request) => request.id)],
      );
      const mails = await approvalMailsTo(requests.map((request) => request.email));

      expect(started.status).toBe(202);
      expect(before).toBeLessThan(MANY);
      expect(again.status).toBe(202);
      expect(again.body.id).toBe(started.body.id);
      expect(done.progress).toEqual({ done: MANY, total: MANY, approved: MANY, declined: 0, refused: 0 });
      expect(approved.count).toBe(MANY);
      expect(mails).toHaveLength(MANY);
      expect(mails.every((mail) => mail.count === 1)).toBe(true);
    },
    SLOW_TEST_MS,
  );

  it('refuses a bad list or key with a 400, and hides an unknown bulk decision (404)', async () => {
    const empty = await system.api.post(path('/bulk-approve'), { requestIds: [] }, csAdmin.token);
    const badKey = await system.api.request('POST', path('/bulk-approve'), {
      token: csAdmin.token,
      headers: { 'idempotency-key': 'with space' },
      body: { requestIds: [randomUUID()] },
    });
    const unknown = await system.api.get(path(`/bulk-decisions/${randomUUID()}`), csAdmin.token);

    expect(empty.status).toBe(400);
    expect(badKey.status).toBe(400);
    expect(unknown.status).toBe(404);
  });
});

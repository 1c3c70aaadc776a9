import { createUser, TestSystem, Person, institutionWithStaff } from '@careers/testing';

const ROUNDS = 8;

interface Round {
  first: number;
  second: number;
  status: string;
  canLogIn: boolean;
  approvalMails: number;
}

/** Two decisions on one join request fired together: exactly one of them is taken, and what it did is all that happened. */
describe('join request decisions at the same moment', () => {
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

  const path = (suffix: string) => `/v1/institutions/${institutionId}/join-requests${suffix}`;

  /** A fresh student's pending request, both decisions on it fired together, and what is left after. */
  async function race(first: string, second: string): Promise<Round> {
    const student = await createUser(system.db, { userType: 'student', name: 'Racing Student' });
    const token = await system.api.login(student.email, student.password);
    const asked = await system.api.post<{ id: string }>('/v1/me/join-requests', { institutionId }, token);
    expect(asked.status).toBe(201);
    const [one, two] = await Promise.all([
      system.api.post(path(`/${asked.body.id}/${first}`), {}, csAdmin.token),
      system.api.post(path(`/${asked.body.id}/${second}`), {}, csAdmin.token),
    ]);
    const request = await system.api.get<{ status: string }>(path(`/${asked.body.id}`), csAdmin.token);
    const login = await system.api.post('/v1/auth/login', {
      email: student.email,
      password: student.password,
    });
    const [mails] = await system.db.query<{ count: number }>(
      `select count(*)::int as count from onboarding.mail_message where recipient = $1 and template = $2`,
      [student.email, 'onboarding.join-request-approved'],
    );
    return {
      first: one.status,
      second: two.status,
      status: request.body.status,
      canLogIn: login.status === 200,
      approvalMails: mails.count,
    };
  }

  it('never approves a request whose account staff deleted at the same moment', async () => {
    const rounds: Round[] = [];
    for (let round = 0; round < ROUNDS; round += 1) rounds.push(await race('approve', 'delete-account'));

    for (const round of rounds) {
      expect([
        { first: 200, second: 409, status: 'approved', canLogIn: true, approvalMails: 1 },
        { first: 409, second: 200, status: 'account_deleted', canLogIn: false, approvalMails: 0 },
        { first: 404, second: 200, status: 'account_deleted', canLogIn: false, approvalMails: 0 },
      ]).toContainEqual(round);
    }
  });

  it('takes exactly one of an approval and a decline fired together', async () => {
    const rounds: Round[] = [];
    for (let round = 0; round < ROUNDS; round += 1) rounds.push(await race('approve', 'decline'));

    for (const round of rounds) {
      expect([
        { first: 200, second: 409, status: 'approved', canLogIn: true, approvalMails: 1 },
        { first: 409, second: 200, status: 'declined', canLogIn: true, approvalMails: 0 },
      ]).toContainEqual(round);
    }
  });
});

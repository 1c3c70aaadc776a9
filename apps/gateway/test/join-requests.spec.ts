import {
  createMembership,
  createUser,
  TestSystem,
  waitFor,
  ContactPage,
  addStaffMember,
  createInstitution,
  Person,
  signUpVerified,
  STRONG_PASSWORD,
  institutionWithStaff,
} from '@careers/testing';
import { everyPage, expectPagingChecked } from './support/pages';

interface JoinRequestBody {
  id: string;
  kind: string;
  status: string;
  requester: { userId: string; name: string; email: string; userType: string };
  decision: { decidedBy: string | null; decidedAt: string; reason: string | null } | null;
  similarAccounts?: Array<{ userId: string; name: string }>;
}

describe('join requests', () => {
  let system: TestSystem;
  let admin: string;
  let institutionId: string;
  let institutionName: string;
  let csAdmin: Person;

  beforeAll(async () => {
    system = await TestSystem.start({ apps: ['gateway', 'identity', 'directory', 'onboarding'] });
    institutionName = `Join U ${Date.now()}`;
    ({
      admin,
      institutionId,
      staff: csAdmin,
    } = await institutionWithStaff(system, 'career_services_admin', { institution: institutionName }));
  });

  afterAll(async () => {
    await system?.stop();
  });

  const path = (suffix = '') => `/v1/institutions/${institutionId}/join-requests${suffix}`;
  const ask = (person: Person, inInstitution = institutionId) =>
    system.api.post<JoinRequestBody>('/v1/me/join-requests', { institutionId: inInstitution }, person.token);
  const membershipOf = (person: Person, inInstitution = institutionId) =>
    system.api
      .get<{
        memberships: Array<{
          institutionId: string;
          status: string;
          roles: string[];
          employerPermissions: string[];
        }>;
      }>('/v1/me', person.token)
      .then((me) => me.body.memberships.find((membership) => membership.institutionId === inInstitution));
  const setEmployerApproval = (approval: 'review' | 'automatic', permissions: string[]) =>
    system.api.patch(
      `/v1/institutions/${institutionId}/settings`,
      { employerApproval: { approval, permissions } },
      csAdmin.token,
    );

  it("takes a student's request from sign-up to approval", async () => {
    const student = await signUpVerified(system, 'student', 'Stella Student');

    const asked = await ask(student);
    const listed = await system.api.get<{ items: JoinRequestBody[] }>(
      path('?status=pending&kind=student'),
      csAdmin.token,
    );
    const pending = await waitFor('a pending membership', async () =>
      (await membershipOf(student))?.status === 'pending' ? true : undefined,
    );
    const approved = await system.api.post<JoinRequestBody>(
      path(`/${asked.body.id}/approve`),
      {},
      csAdmin.token,
    );
    const mail = await system.smtp.waitForMail(student.email, /approved your request/);
    const membership = await waitFor('an active membership', async () => {
      const held = await membershipOf(student);
      return held?.status === 'active' ? held : undefined;
    });

    expect(asked.status).toBe(201);
    expect(asked.body).toMatchObject({ kind: 'student', status: 'pending', decision: null });
    expect(listed.body.items.map((item) => item.id)).toContain(asked.body.id);
    expect(listed.body.items.find((item) => item.id === asked.body.id)?.requester).toMatchObject({
      userId: student.id,
      name: 'Stella Student',
      email: student.email,
    });
    expect(pending).toBe(true);
    expect(approved.status).toBe(200);
    expect(approved.body).toMatchObject({ status: 'approved', decision: { decidedBy: csAdmin.id } });
    expect(mail.subject).toBe(`${institutionName} approved your request`);
    expect(membership.roles).toEqual(['student']);
    expect(
      (
        await system.lastEvent('events.onboarding.join-request.approved', {
          requestId: asked.body.id,
        })
      )['data'],
    ).toMatchObject({
      requestId: asked.body.id,
      userId: student.id,
      roles: ['student'],
    });
  });

  it('shows members with the same name, who may be the same person loaded with another email', async () => {
    const loaded = await createUser(system.db, { name: 'Twin Name', userType: 'student' });
    await createMembership(system.db, loaded, institutionId);
    const student = await signUpVerified(system, 'student', 'twin  NAME');

    const asked = await ask(student);
    const detail = await system.api.get<JoinRequestBody>(path(`/${asked.body.id}`), csAdmin.token);

    expect(detail.body.similarAccounts).toEqual([
      {
        userId: loaded.id,
        name: 'Twin Name',
        email: loaded.email,
        userType: 'student',
        membershipStatus: 'active',
      },
    ]);
  });

  it('declines with a reason, once: decisions are final and the person cannot ask again', async () => {
    const alumna = await signUpVerified(system, 'alumni', 'Alma Alumna');
    const asked = await ask(alumna);

    const declined = await system.api.post<JoinRequestBody>(
      path(`/${asked.body.id}/decline`),
      { reason: 'Not a graduate of ours' },
      csAdmin.token,
    );
    const approveLater = await system.api.post(path(`/${asked.body.id}/approve`), {}, csAdmin.token);
    const askAgain = await ask(alumna);

    expect(declined.body).toMatchObject({
      status: 'declined',
      decision: { decidedBy: csAdmin.id, reason: 'Not a graduate of ours' },
    });
    expect(approveLater.status).toBe(409);
    expect(askAgain.status).toBe(409);
    await waitFor('a declined membership', async () =>
      (await membershipOf(alumna))?.status === 'declined' ? true : undefined,
    );
  });

  it("approves an employer at once where the institution's setting says so, with its default permissions", async () => {
    expect((await setEmployerApproval('automatic', ['post_jobs', 'post_events'])).status).toBe(200);
    const employer = await signUpVerified(system, 'employer', 'Auto Approved');

    const asked = await ask(employer);
    const membership = await waitFor('an active membership', async () => {
      const held = await membershipOf(employer);
      return held?.status === 'active' ? held : undefined;
    });

    expect(asked.status).toBe(201);
    expect(asked.body).toMatchObject({ kind: 'employer', status: 'approved', decision: { decidedBy: null } });
    expect(membership).toMatchObject({
      roles: ['employer'],
      employerPermissions: ['post_jobs', 'post_events'],
    });
    await system.smtp.waitForMail(employer.email, /approved your request/);
  });

  it('makes an approved employer a contact of the institution (source: connection request)', async () => {
    expect((await setEmployerApproval('review', ['post_jobs'])).status).toBe(200);
    const employer = await signUpVerified(system, 'employer', 'Connie Nection');
    const asked = await ask(employer);
    expect(asked.body.status).toBe('pending');

    await system.api.post(path(`/${asked.body.id}/approve`), {}, csAdmin.token);
    // The contact links to the account once directory's copy of it has the verified status (events, in any order).
    const contact = await waitFor('the connection contact, linked', async () => {
      const page = await system.api.get<ContactPage>(
        `/v1/institutions/${institutionId}/contacts?q=${encodeURIComponent(employer.email)}`,
        csAdmin.token,
      );
      return page.body.items[0]?.linkedUserId ? page.body.items[0] : undefined;
    });

    expect(contact).toMatchObject({
      firstName: 'Connie',
      lastName: 'Nection',
      source: 'connection_request',
      linkedUserId: employer.id,
    });
  });

  it('makes an employer a contact when they ask to connect, so staff see their profile while the request waits', async () => {
    expect((await setEmployerApproval('review', ['post_jobs'])).status).toBe(200);
    const employer = await signUpVerified(system, 'employer', 'Asking Avery');

    const asked = await ask(employer);
    const contact = await waitFor('the connection contact, linked', async () => {
      const page = await system.api.get<ContactPage>(
        `/v1/institutions/${institutionId}/contacts?q=${encodeURIComponent(employer.email)}`,
        csAdmin.token,
      );
      return page.body.items[0]?.linkedUserId ? page.body.items[0] : undefined;
    });
    const profile = await waitFor('the profile to be visible', async () => {
      const response = await system.api.get<{ profile: string }>(
        `/v1/institutions/${institutionId}/users/${employer.id}`,
        csAdmin.token,
      );
      return response.body.profile === 'visible' ? response.body : undefined;
    });

    expect(asked.body.status).toBe('pending');
    expect(contact).toMatchObject({
      firstName: 'Asking',
      lastName: 'Avery',
      source: 'connection_request',
      linkedUserId: employer.id,
    });
    expect(profile).toMatchObject({ name: 'Asking Avery', email: employer.email });
  });

  it('deletes the pending account that asked, and records it', async () => {
    const student = await signUpVerified(system, 'student', 'Gone Soon');
    const asked = await ask(student);

    const deleted = await system.api.post<JoinRequestBody>(
      path(`/${asked.body.id}/delete-account`),
      {},
      csAdmin.token,
    );
    const login = await system.api.post('/v1/auth/login', {
      email: student.email,
      password: STRONG_PASSWORD,
    });

    expect({ status: deleted.status, body: deleted.body }).toMatchObject({
      status: 200,
      body: { status: 'account_deleted', decision: { decidedBy: csAdmin.id } },
    });
    expect(login.status).toBe(401);
  });

  it('approves and declines in bulk, saying which requests could not be decided', async () => {
    const people = await Promise.all(
      ['Bulk One', 'Bulk Two', 'Bulk Three'].map((name) => signUpVerified(system, 'student', name)),
    );
    const requests = await Promise.all(people.map(async (person) => (await ask(person)).body.id));
    await system.api.post(path(`/${requests[2]}/decline`), {}, csAdmin.token);

    const approved = await system.api.post(
      path('/bulk-approve'),
      { requestIds: [requests[0], requests[2]] },
      csAdmin.token,
    );
    const declined = await system.api.post(
      path('/bulk-decline'),
      { requestIds: [requests[1]], reason: 'duplicate' },
      csAdmin.token,
    );
    const empty = await system.api.post(path('/bulk-approve'), { requestIds: [] }, csAdmin.token);
    const resultsOf = (location: string) =>
      waitFor('the bulk decision to be done', async () => {
        const read = await system.api.get<{ status: string }>(location, csAdmin.token);
        if (read.body.status !== 'done') return undefined;
        return (await system.api.get<{ items: unknown[] }>(`${location}/results`, csAdmin.token)).body.items;
      });

    expect([approved.status, declined.status]).toEqual([202, 202]);
    expect(await resultsOf(approved.headers.get('location') ?? '')).toEqual([
      { requestId: requests[0], outcome: 'approved', reason: null },
      { requestId: requests[2], outcome: 'refused', reason: expect.stringContaining('already decided') },
    ]);
    expect(await resultsOf(declined.headers.get('location') ?? '')).toEqual([
      { requestId: requests[1], outcome: 'declined', reason: null },
    ]);
    expect(empty.status).toBe(400);
    expect(
      (await system.api.get<JoinRequestBody>(path(`/${requests[1]}`), csAdmin.token)).body.decision,
    ).toMatchObject({
      reason: 'duplicate',
    });
  });

  it('refuses requests that make no sense, each with a clear 4xx', async () => {
    const student = await signUpVerified(system, 'student', 'Double Asker');
    await ask(student);
    const other = await createInstitution(system, admin);
    const closed = await createInstitution(system, admin);
    await system.api.patch(`/v1/institutions/${closed}/settings`, { acceptsStudentRequests: false }, admin);

    const twice = await ask(student);
    const member = await ask(csAdmin);
    const unknown = await ask(student, '6f1c2b9e-8a4d-4e1f-9c3b-2d7e5a6b8c90');
    const toClosed = await ask(student, closed);
    const malformed = await system.api.post('/v1/me/join-requests', { institutionId: 'nope' }, student.token);

    expect(twice.status).toBe(409);
    expect(member.status).toBe(403);
    expect(unknown.status).toBe(404);
    expect(toClosed.status).toBe(409);
    expect(malformed.status).toBe(400);
    expect((await ask(student, other)).status).toBe(201);
  });

  it("hides another institution's requests (404)", async () => {
    const student = await signUpVerified(system, 'student', 'Private Request');
    const asked = await ask(student);
    const other = await createInstitution(system, admin);
    const otherAdmin = await addStaffMember(system, admin, other, 'career_services_admin');

    const response = await system.api.post(path(`/${asked.body.id}/approve`), {}, otherAdmin.token);
    const viaOwn = await system.api.post(
      `/v1/institutions/${other}/join-requests/${asked.body.id}/approve`,
      {},
      otherAdmin.token,
    );

    expect(response.status).toBe(404);
    expect(viaOwn.status).toBe(404);
  });

  it('pages the requests newest first by cursor, each once, requests of the same microsecond apart by id', async () => {
    const own = await createInstitution(system, admin);
    const ownAdmin = await addStaffMember(system, admin, own, 'career_services_admin');
    // Requests stamped within one millisecond, some at the same microsecond: finer than a JavaScript Date.
    await system.db.query(
      `insert into onboarding.join_request (id, created_at, updated_at, institution_id, user_id, requester_name,
         requester_email, requester_type, kind, status)
       select gen_random_uuid(), timestamptz '2026-12-01 10:00:00.000100+00' + (n % 4) * interval '1 microsecond',
              now(), $1, gen_random_uuid(), 'Asker ' || n, 'asker' || n || '@example.test', 'student', 'student',
              'pending'
         from generate_series(1, 9) n`,
      [own],
    );
    const written = await system.db.query<{ id: string }>(
      'select id from onboarding.join_request where institution_id = $1 order by created_at desc, id desc',
      [own],
    );
    const listPath = `/v1/institutions/${own}/join-requests`;

    const pages = await everyPage<JoinRequestBody>(system, listPath, ownAdmin.token, 2);

    expect(pages.map((page) => page.length)).toEqual([2, 2, 2, 2, 1]);
    expect(pages.flat().map((request) => request.id)).toEqual(written.map((row) => row.id));
    await expectPagingChecked(system, listPath, ownAdmin.token);
  });

  it("pages a person's own requests newest first by cursor, each once", async () => {
    const student = await signUpVerified(system, 'student', 'Many Schools');
    for (let index = 0; index < 3; index++) {
      expect((await ask(student, await createInstitution(system, admin))).status).toBe(201);
    }
    const written = await system.db.query<{ id: string }>(
      'select id from onboarding.join_request where user_id = $1 order by created_at desc, id desc',
      [student.id],
    );

    const pages = await everyPage<JoinRequestBody>(system, '/v1/me/join-requests', student.token, 2);

    expect(pages.map((page) => page.length)).toEqual([2, 1]);
    expect(pages.flat().map((request) => request.id)).toEqual(written.map((row) => row.id));
    await expectPagingChecked(system, '/v1/me/join-requests', student.token);
  });
});

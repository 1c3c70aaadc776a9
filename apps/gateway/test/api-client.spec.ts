import { createApiClient, problemOf, type ApiClient } from '@careers/api-client';
import {
  AppProcess,
  TEST_ADMIN,
  TestSystem,
  addStaffMember,
  createInstitution,
  uniqueEmail,
  institutionWithStaff,
} from '@careers/testing';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const COMMITTED_DOCUMENT = join(__dirname, '../../../docs/openapi.json');

/** The typed client generated from the OpenAPI document, driven against the running system: a wrong document fails here. */
describe('the generated API client', () => {
  let system: TestSystem;
  let institutionId: string;
  let staff: ApiClient;

  beforeAll(async () => {
    system = await TestSystem.start({ apps: ['gateway', 'identity', 'directory'] });
    const staffed = await institutionWithStaff(system, 'career_services_staff');
    institutionId = staffed.institutionId;
    const member = staffed.staff;
    const login = await client().POST('/v1/auth/login', {
      body: { email: member.email, password: member.password },
    });
    if (!login.data) throw new Error(`log-in failed: ${JSON.stringify(login.error)}`);
    staff = client(login.data.accessToken);
  });

  afterAll(async () => {
    await system?.stop();
  });

  function client(token?: string): ApiClient {
    return createApiClient({ baseUrl: system.app('gateway').url, token });
  }

  function addContact(email = uniqueEmail('contact')) {
    return staff.POST('/v1/institutions/{institutionId}/contacts', {
      params: { path: { institutionId } },
      body: { firstName: 'Grace', lastName: 'Hopper', email },
    });
  }

  it('is generated from the committed document, which is what the gateway serves and writes', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'openapi-'));
    try {
      const file = join(dir, 'openapi.json');
      const written = spawnSync(process.execPath, [AppProcess.mainFile('gateway'), 'openapi', file], {
        env: { PATH: process.env['PATH'] ?? '' },
        encoding: 'utf8',
        timeout: 30_000,
      });
      expect(written).toMatchObject({ status: 0 });
      const served = await fetch(`${system.app('gateway').url}/docs-json`).then((response) =>
        response.json(),
      );
      expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual(served);
      // The committed document, which the client was generated from: stale when the API changed without
      // `npm run api:generate`.
      expect(JSON.parse(readFileSync(COMMITTED_DOCUMENT, 'utf8'))).toEqual(served);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('logs in and gets a token the API accepts', async () => {
    const login = await client().POST('/v1/auth/login', {
      body: { email: TEST_ADMIN.email, password: TEST_ADMIN.password },
    });
    expect(login.response.status).toBe(200);

    const me = await client(login.data?.accessToken).GET('/v1/me');
    expect(me.response.status).toBe(200);
    expect(me.data?.email).toBe(TEST_ADMIN.email);
  });

  it('creates a contact and reads it back', async () => {
    const email = uniqueEmail('grace');
    const created = await addContact(email);

    expect(created.response.status).toBe(201);
    expect(created.data).toMatchObject({ firstName: 'Grace', lastName: 'Hopper', email, source: 'manual' });
    const contactId = created.data?.id ?? '';
    const read = await staff.GET('/v1/institutions/{institutionId}/contacts/{contactId}', {
      params: { path: { institutionId, contactId } },
    });
    expect(read.data).toEqual(created.data);
  });

  it('lists contacts a page at a time with the cursor', async () => {
    // An address book of its own, so that only this test's contacts are in the pages.
    const admin = await system.adminToken();
    const other = await createInstitution(system, admin);
    const member = await addStaffMember(system, admin, other, 'career_services_staff');
    const api = client(member.token);
    const emails: string[] = [];
    for (const name of ['a', 'b', 'c']) {
      const email = uniqueEmail(name);
      const created = await api.POST('/v1/institutions/{institutionId}/contacts', {
        params: { path: { institutionId: other } },
        body: { firstName: name, lastName: 'Paged', email },
      });
      expect(created.response.status).toBe(201);
      emails.push(email);
    }
    const list = (cursor?: string) =>
      api.GET('/v1/institutions/{institutionId}/contacts', {
        params: { path: { institutionId: other }, query: { sort: 'createdAt', limit: 2, cursor } },
      });

    const first = await list();
    const second = await list(first.data?.nextCursor ?? undefined);

    expect(first.data?.items.map((contact) => contact.email)).toEqual(emails.slice(0, 2));
    expect(first.data?.nextCursor).toEqual(expect.any(String));
    expect(second.data?.items.map((contact) => contact.email)).toEqual(emails.slice(2));
    expect(second.data?.nextCursor).toBeNull();
  });

  it('reads a duplicate contact email as a typed 409 problem', async () => {
    const email = uniqueEmail('taken');
    await addContact(email);

    const duplicate = await addContact(email);

    expect(duplicate.data).toBeUndefined();
    const problem = problemOf(duplicate);
    expect(problem?.status).toBe(409);
    expect(problem?.type).toBe('urn:careers:problem:contact-email-taken');
  });

  it('reads a call without a token as a 401 problem', async () => {
    const anonymous = await client().GET('/v1/institutions/{institutionId}/contacts', {
      params: { path: { institutionId } },
    });

    const problem = problemOf(anonymous);
    expect(problem?.status).toBe(401);
    expect(problem?.type).toBe('urn:careers:problem:unauthorized');
  });
});

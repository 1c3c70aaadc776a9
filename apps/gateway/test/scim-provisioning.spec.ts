import { addMember, createUser, institutionWithStaff, TestSystem, waitFor } from '@careers/testing';
import { randomUUID } from 'node:crypto';
import { PATCH_OP, SCIM_ERROR, ScimClient, scimToken, USER_SCHEMA } from './support/scim-client';
import { scimSchemaErrors } from './support/scim-schemas';

const SENSITIVE_FIELDS_MESSAGE = 'attempting to update sensitive fields without sensitive fields setting';

describe('SCIM 2.0 provisioning: the Entra ID and Okta sequences, and the sync rules as SCIM refusals', () => {
  let system: TestSystem;
  let institutionId: string;
  let scim: ScimClient;
  let scimSecret: string;
  const domain = `scim-${randomUUID().slice(0, 6)}.test`;
  const at = (local: string) => `${local}@${domain}`;

  beforeAll(async () => {
    system = await TestSystem.start({ apps: ['gateway', 'identity', 'directory', 'onboarding', 'importer'] });
    const school = await institutionWithStaff(system, 'career_services_admin');
    institutionId = school.institutionId;
    scimSecret = (await scimToken(system, institutionId, school.staff.token)).token;
    scim = new ScimClient(system, scimSecret);
  });

  afterAll(async () => {
    await system?.stop();
  });

  const memberRow = async (userId: string) =>
    (
      await system.db.query<{
        status: string;
        username: string;
        auth_identifier: string | null;
        name: string;
      }>(
        `select m.status, m.username, m.auth_identifier, u.name
           from identity.membership m join identity.user_account u on u.id = m.user_id
          where m.user_id = $1 and m.institution_id = $2`,
        [userId, institutionId],
      )
    )[0];

  /** Entra ID's create: enterprise schema, `roles`, `meta`, a formatted name. */
  const entraUser = (userName: string, email: string, externalId: string) => ({
    schemas: [USER_SCHEMA, 'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User'],
    externalId,
    userName,
    active: true,
    emails: [{ primary: true, type: 'work', value: email }],
    meta: { resourceType: 'User' },
    name: { formatted: 'Grace Hopper', familyName: 'Hopper', givenName: 'Grace' },
    roles: [],
    'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User': { department: 'Mathematics' },
  });

  it("follows Microsoft Entra ID's sequence: look up, create, look up, patch attributes, disable, enable", async () => {
    const userName = `grace.${randomUUID().slice(0, 6)}`;
    const missing = await scim.byUserName(userName);
    expect(missing.status).toBe(200);
    expect(missing.contentType).toContain('application/scim+json');
    expect(missing.body).toMatchObject({ totalResults: 0, Resources: [] });

    const created = await scim.post('/Users', entraUser(userName, at(userName), `entra-${userName}`));
    expect(created.status).toBe(201);
    const id = created.body['id'] as string;
    expect(created.body).toMatchObject({
      userName,
      externalId: `entra-${userName}`,
      active: true,
      emails: [{ value: at(userName), primary: true }],
      name: { givenName: 'Grace', familyName: 'Hopper' },
      meta: { resourceType: 'User', location: expect.stringContaining(`/scim/v2/Users/${id}`) },
    });

    const found = await scim.byUserName(userName);
    expect(found.body).toMatchObject({ totalResults: 1, Resources: [{ id, userName }] });

    const patched = await scim.patch(`/Users/${id}`, {
      schemas: [PATCH_OP],
      Operations: [
        { op: 'Replace', path: 'name.familyName', value: 'Murray Hopper' },
        { op: 'Add', path: 'displayName', value: 'Grace Murray Hopper' },
        {
          op: 'Replace',
          path: 'urn:ietf:params:scim:schemas:extension:enterprise:2.0:User:department',
          value: 'Navy',
        },
      ],
    });
    expect(patched.status).toBe(200);
    expect(patched.body).toMatchObject({ name: { formatted: 'Grace Murray Hopper' } });

    const disabled = await scim.patch(`/Users/${id}`, {
      schemas: [PATCH_OP],
      Operations: [{ op: 'Replace', path: 'active', value: 'False' }],
    });
    expect(disabled.status).toBe(200);
    expect(disabled.body['active']).toBe(false);
    expect(await memberRow(id)).toMatchObject({ status: 'inactive', username: userName });
    expect((await scim.get(`/Users/${id}`)).body['active']).toBe(false);

    const enabled = await scim.patch(`/Users/${id}`, {
      schemas: [PATCH_OP],
      Operations: [{ op: 'Replace', path: 'active', value: 'True' }],
    });
    expect(enabled.body['active']).toBe(true);
    expect(await memberRow(id)).toMatchObject({ status: 'active', name: 'Grace Murray Hopper' });
  });

  it("follows Okta's sequence: look up with paging, create, get, replace, deactivate, reactivate", async () => {
    const userName = at(`ada.${randomUUID().slice(0, 6)}`);
    const missing = await scim.byUserName(userName, '&startIndex=1&count=100');
    expect(missing.body).toMatchObject({ totalResults: 0, startIndex: 1, itemsPerPage: 0 });

    const oktaUser = {
      schemas: [USER_SCHEMA],
      userName,
      name: { givenName: 'Ada', familyName: 'Lovelace' },
      emails: [{ primary: true, value: userName, type: 'work' }],
      displayName: 'Ada Lovelace',
      locale: 'en-US',
      externalId: `00u${randomUUID().slice(0, 8)}`,
      groups: [],
      password: 'never-stored-1!',
      active: true,
    };
    const created = await scim.post('/Users', oktaUser);
    expect(created.status).toBe(201);
    const id = created.body['id'] as string;
    expect((await scim.get(`/Users/${id}`)).body).toMatchObject({ id, userName, active: true });

    const replaced = await scim.put(`/Users/${id}`, {
      ...oktaUser,
      id,
      name: { givenName: 'Augusta Ada', familyName: 'King' },
    });
    expect(replaced.status).toBe(200);
    expect(replaced.body).toMatchObject({ name: { formatted: 'Augusta Ada King' } });

    const deactivated = await scim.patch(`/Users/${id}`, {
      schemas: [PATCH_OP],
      Operations: [{ op: 'replace', value: { active: false } }],
    });
    expect(deactivated.body['active']).toBe(false);
    expect(await memberRow(id)).toMatchObject({ status: 'inactive' });
    // The account stays: the person is only no longer active at the school.
    expect((await system.db.query('select 1 from identity.user_account where id = $1', [id])).length).toBe(1);

    const reactivated = await scim.patch(`/Users/${id}`, {
      schemas: [PATCH_OP],
      Operations: [{ op: 'replace', value: { active: true } }],
    });
    expect(reactivated.body['active']).toBe(true);
  });

  it('publishes the same user and membership events as an import, and revokes and grants on deactivation', async () => {
    const userName = `events.${randomUUID().slice(0, 6)}`;
    const created = await scim.post('/Users', entraUser(userName, at(userName), `ext-${userName}`));
    const id = created.body['id'] as string;

    const imported = await waitFor('the event of the creation', async () => {
      const event = await system.lastEvent('events.identity.users.imported', { institutionId });
      const data = event['data'] as { created: Array<{ userId: string }> };
      return data.created.some((user) => user.userId === id) ? event : undefined;
    });
    expect(imported['data']).toMatchObject({
      created: [
        { userId: id, email: at(userName), name: 'Grace Hopper', userType: 'student', status: 'active' },
      ],
      granted: [{ userId: id, email: at(userName), username: userName, roles: ['student'] }],
    });

    await scim.patch(`/Users/${id}`, {
      schemas: [PATCH_OP],
      Operations: [{ op: 'replace', value: { active: false } }],
    });
    const revoked = await system.lastEvent('events.identity.membership.revoked', { userId: id });
    expect(revoked['data']).toEqual({ userId: id, institutionId });

    await scim.patch(`/Users/${id}`, {
      schemas: [PATCH_OP],
      Operations: [{ op: 'replace', value: { active: true } }],
    });
    const granted = await system.lastEvent('events.identity.membership.granted', { userId: id });
    expect(granted['data']).toMatchObject({ institutionId, username: userName, roles: ['student'] });
  });

  it("refuses a change of userName or externalId with the rule's message, as a mutability error", async () => {
    const userName = `sensitive.${randomUUID().slice(0, 6)}`;
    const created = await scim.post('/Users', entraUser(userName, at(userName), `ext-${userName}`));
    const id = created.body['id'] as string;

    for (const operation of [
      { op: 'replace', path: 'userName', value: `${userName}.renamed` },
      { op: 'replace', path: 'externalId', value: 'another-identifier' },
    ]) {
      const refused = await scim.patch(`/Users/${id}`, { schemas: [PATCH_OP], Operations: [operation] });
      expect(refused.status).toBe(400);
      expect(refused.contentType).toContain('application/scim+json');
      expect(refused.body).toEqual({
        schemas: [SCIM_ERROR],
        status: '400',
        scimType: 'mutability',
        detail: SENSITIVE_FIELDS_MESSAGE,
      });
    }
    expect(await memberRow(id)).toMatchObject({ username: userName, auth_identifier: `ext-${userName}` });
  });

  it('refuses an email of an account of another type as a uniqueness error, and creates nothing', async () => {
    const employer = await createUser(system.db, {
      email: at(`boss.${randomUUID().slice(0, 6)}`),
      userType: 'employer',
    });

    const refused = await scim.post(
      '/Users',
      entraUser(`boss.${randomUUID().slice(0, 6)}`, employer.email, 'x'),
    );

    expect(refused.status).toBe(409);
    expect(refused.body).toMatchObject({ schemas: [SCIM_ERROR], status: '409', scimType: 'uniqueness' });
    expect(refused.body['detail']).toContain('another type (employer)');
    expect(await memberRow(employer.id)).toBeUndefined();
  });

  it('leaves a person excluded from syncs alone', async () => {
    const userName = `excluded.${randomUUID().slice(0, 6)}`;
    const person = await addMember(system, institutionId, {
      email: at(userName),
      name: 'Ex Cluded',
      username: userName,
      userType: 'student',
      excludedFromSyncs: true,
    });

    const found = await scim.byUserName(userName);
    expect(found.body).toMatchObject({ totalResults: 1, Resources: [{ id: person.id }] });
    const patched = await scim.patch(`/Users/${person.id}`, {
      schemas: [PATCH_OP],
      Operations: [
        { op: 'replace', path: 'name.givenName', value: 'Renamed' },
        { op: 'replace', path: 'active', value: false },
      ],
    });

    expect(patched.status).toBe(200);
    expect(patched.body).toMatchObject({ active: true, name: { formatted: 'Ex Cluded' } });
    expect(await memberRow(person.id)).toMatchObject({ status: 'active', name: 'Ex Cluded' });
  });

  it('never takes over a pending self-made account: it is not listed, and a create naming it is refused', async () => {
    const email = at(`self.${randomUUID().slice(0, 6)}`);
    const pending = await addMember(system, institutionId, {
      email,
      name: 'Self Made',
      username: email,
      userType: 'student',
      status: 'pending',
    });

    expect((await scim.byUserName(email)).body).toMatchObject({ totalResults: 0 });
    expect((await scim.get(`/Users/${pending.id}`)).status).toBe(404);
    for (const userName of [email, `S-${randomUUID().slice(0, 6)}`]) {
      const refused = await scim.post('/Users', entraUser(userName, email, 'ext'));
      expect(refused.status).toBe(409);
      expect(refused.body).toMatchObject({ scimType: 'uniqueness' });
    }
    expect(await memberRow(pending.id)).toMatchObject({
      status: 'pending',
      username: email,
      name: 'Self Made',
    });
  });

  it("never changes another person through one person's replace: a pending self-made account, another member, a new email", async () => {
    const userName = `deputy.${randomUUID().slice(0, 6)}`;
    const provisioned = await scim.post('/Users', entraUser(userName, at(userName), `ext-${userName}`));
    const id = provisioned.body['id'] as string;
    const email = at(`asked.${randomUUID().slice(0, 6)}`);
    const pending = await addMember(system, institutionId, {
      email,
      name: 'Self Made',
      username: email,
      userType: 'student',
      status: 'pending',
    });
    const otherName = `other.${randomUUID().slice(0, 6)}`;
    const other = await scim.post('/Users', entraUser(otherName, at(otherName), `ext-${otherName}`));

    for (const [body, scimType] of [
      [entraUser(email, email, `ext-${userName}`), 'uniqueness'],
      [entraUser(otherName, at(otherName), `ext-${otherName}`), 'uniqueness'],
      [entraUser(`new.${userName}`, at(`new.${userName}`), `ext-${userName}`), 'mutability'],
    ] as const) {
      const refused = await scim.put(`/Users/${id}`, body);
      expect(refused.body).toMatchObject({ schemas: [SCIM_ERROR], scimType });
    }

    expect(await memberRow(pending.id)).toMatchObject({
      status: 'pending',
      username: email,
      name: 'Self Made',
    });
    expect(await memberRow(other.body['id'] as string)).toMatchObject({
      status: 'active',
      username: otherName,
    });
    expect(await memberRow(id)).toMatchObject({ status: 'active', username: userName });
    expect((await scim.byUserName(`new.${userName}`)).body).toMatchObject({ totalResults: 0 });
  });

  it('refuses a filter it cannot read, or on an attribute it does not filter on, as invalidFilter', async () => {
    for (const filter of [
      'userName eq',
      'title eq "Engineer"',
      'userName co "a"',
      `${'userName eq "a" and '.repeat(40)}x`,
    ]) {
      const refused = await scim.get(`/Users?filter=${encodeURIComponent(filter)}`);
      expect(refused.status).toBe(400);
      expect(refused.body).toMatchObject({ schemas: [SCIM_ERROR], status: '400', scimType: 'invalidFilter' });
    }
  });

  it('filters on emails.value and externalId, and pages with startIndex and count', async () => {
    const tag = randomUUID().slice(0, 6);
    const ids: string[] = [];
    for (const index of [1, 2, 3]) {
      const created = await scim.post(
        '/Users',
        entraUser(`page.${tag}.${index}`, at(`page.${tag}.${index}`), `pg-${tag}-${index}`),
      );
      ids.push(created.body['id'] as string);
    }
    const byEmail = await scim.get(
      `/Users?filter=${encodeURIComponent(`emails.value eq "${at(`page.${tag}.2`).toUpperCase()}"`)}`,
    );
    expect(byEmail.body).toMatchObject({ totalResults: 1, Resources: [{ id: ids[1] }] });
    const byExternalId = await scim.get(`/Users?filter=${encodeURIComponent(`externalId eq "pg-${tag}-3"`)}`);
    expect(byExternalId.body).toMatchObject({ totalResults: 1, Resources: [{ id: ids[2] }] });

    const all = await scim.get('/Users?startIndex=1&count=1000');
    const total = all.body['totalResults'] as number;
    expect(all.body['itemsPerPage']).toBe(Math.min(total, 200));
    const second = await scim.get('/Users?startIndex=2&count=1');
    expect(second.body).toMatchObject({ totalResults: total, startIndex: 2, itemsPerPage: 1 });
    expect((second.body['Resources'] as Array<{ id: string }>)[0].id).toBe(
      (all.body['Resources'] as Array<{ id: string }>)[1].id,
    );
  });

  it('refuses values of the wrong shape or length as invalidValue, and too many operations', async () => {
    const bodies = [
      {
        schemas: [USER_SCHEMA],
        userName: 'x',
        emails: [{ value: 'not-an-email', primary: true }],
        name: { givenName: 'A', familyName: 'B' },
      },
      {
        schemas: [USER_SCHEMA],
        userName: 'x'.repeat(201),
        emails: [{ value: at('long'), primary: true }],
        name: { givenName: 'A', familyName: 'B' },
      },
      {
        schemas: [USER_SCHEMA],
        userName: 'x',
        emails: [{ value: at('flag'), primary: true }],
        name: { givenName: 'A', familyName: 'B' },
        active: 'maybe',
      },
      {
        schemas: [USER_SCHEMA],
        emails: [{ value: at('nameless'), primary: true }],
        name: { givenName: 'A', familyName: 'B' },
      },
      {
        schemas: [USER_SCHEMA],
        userName: 'x',
        emails: [{ value: at('link'), primary: true }],
        name: { givenName: 'https://evil.example', familyName: 'B' },
      },
    ];
    for (const body of bodies) {
      const refused = await scim.post('/Users', body);
      expect(refused.status).toBe(400);
      expect(refused.body).toMatchObject({ schemas: [SCIM_ERROR], scimType: 'invalidValue' });
    }
    const userName = `ops.${randomUUID().slice(0, 6)}`;
    const id = (await scim.post('/Users', entraUser(userName, at(userName), 'e'))).body['id'] as string;
    const tooMany = await scim.patch(`/Users/${id}`, {
      schemas: [PATCH_OP],
      Operations: Array.from({ length: 51 }, () => ({ op: 'replace', path: 'displayName', value: 'X Y' })),
    });
    expect(tooMany.status).toBe(400);
    expect(tooMany.body).toMatchObject({ scimType: 'tooMany' });
    const badOp = await scim.patch(`/Users/${id}`, {
      schemas: [PATCH_OP],
      Operations: [{ op: 'move', path: 'active' }],
    });
    expect(badOp.status).toBe(400);
    expect(badOp.body).toMatchObject({ schemas: [SCIM_ERROR] });
    const tooLarge = await scim.post('/Users', {
      ...entraUser('big', at('big'), 'e'),
      padding: 'x'.repeat(70_000),
    });
    expect(tooLarge.status).toBe(413);
    expect(tooLarge.body).toMatchObject({ schemas: [SCIM_ERROR], status: '413' });
    const tooLargeJson = await fetch(`${system.api.baseUrl}/scim/v2/Users`, {
      method: 'POST',
      headers: { authorization: `Bearer ${scimSecret}`, 'content-type': 'application/json' },
      body: JSON.stringify({ ...entraUser('big', at('big'), 'e'), padding: 'x'.repeat(70_000) }),
    });
    expect(tooLargeJson.status).toBe(413);
  });

  it('answers two creates of one person at the same moment with one person and one uniqueness error', async () => {
    const userName = `twin.${randomUUID().slice(0, 6)}`;
    const body = entraUser(userName, at(userName), `ext-${userName}`);

    const replies = await Promise.all([scim.post('/Users', body), scim.post('/Users', body)]);

    expect(replies.map((reply) => reply.status).sort()).toEqual([201, 409]);
    expect(replies.find((reply) => reply.status === 409)?.body).toMatchObject({ scimType: 'uniqueness' });
    const accounts = await system.db.query(
      'select id from identity.user_account where email_key = lower($1)',
      [at(userName)],
    );
    expect(accounts).toHaveLength(1);
  });

  it('answers unknown routes and resources with SCIM 404s, and serves the discovery documents', async () => {
    for (const path of ['/Groups', '/Bulk', `/Users/${randomUUID()}`, '/Users/not-an-id', '/Schemas/nope']) {
      const missing = await scim.get(path);
      expect(missing.status).toBe(404);
      expect(missing.body).toMatchObject({ schemas: [SCIM_ERROR], status: '404' });
    }
    expect((await scim.get('/ServiceProviderConfig')).body).toMatchObject({
      patch: { supported: true },
      filter: { supported: true, maxResults: 200 },
      bulk: { supported: false },
    });
    expect((await scim.get('/Schemas')).body).toMatchObject({ totalResults: 2 });
    expect((await scim.get('/ResourceTypes')).body).toMatchObject({
      Resources: [{ id: 'User', endpoint: '/Users' }],
    });
  });

  it('answers with the bodies the OpenAPI document describes', async () => {
    const errorsOf = scimSchemaErrors();
    const tag = randomUUID().slice(0, 6);
    const created = await scim.post('/Users', entraUser(`doc.${tag}`, at(`doc.${tag}`), `doc-${tag}`));
    const id = created.body['id'] as string;
    const patched = await scim.patch(`/Users/${id}`, {
      schemas: [PATCH_OP],
      Operations: [{ op: 'Replace', path: 'displayName', value: 'Grace B. Hopper' }],
    });
    const answers: Array<[string, unknown]> = [
      ['ScimUser', created.body],
      ['ScimUser', (await scim.get(`/Users/${id}`)).body],
      ['ScimUser', patched.body],
      [
        'ScimUserListResponse',
        (await scim.get(`/Users?filter=${encodeURIComponent(`externalId eq "doc-${tag}"`)}`)).body,
      ],
      ['ScimError', (await scim.get('/Users?filter=title%20eq%20%22x%22')).body],
      ['ScimError', (await scim.get(`/Users/${randomUUID()}`)).body],
      ['ScimServiceProviderConfig', (await scim.get('/ServiceProviderConfig')).body],
      ['ScimSchemaListResponse', (await scim.get('/Schemas')).body],
      ['ScimSchema', (await scim.get(`/Schemas/${USER_SCHEMA}`)).body],
      ['ScimResourceTypeListResponse', (await scim.get('/ResourceTypes')).body],
      ['ScimResourceType', (await scim.get('/ResourceTypes/User')).body],
    ];

    expect([created.status, patched.status]).toEqual([201, 200]);
    expect(answers.flatMap(([component, body]) => errorsOf(component, body))).toEqual([]);
  });
});

import { createUser, TestSystem } from '@careers/testing';

describe('institutions through the gateway', () => {
  let system: TestSystem;
  let admin: string;

  beforeAll(async () => {
    system = await TestSystem.start({ apps: ['gateway', 'identity', 'directory'] });
    admin = await system.adminToken();
  });

  afterAll(() => system?.stop());

  it('lets a platform administrator create an institution and anyone signed in read it', async () => {
    const created = await system.api.post(
      '/v1/institutions',
      { name: 'Northfield University', website: 'https://northfield.edu', emailDomains: ['northfield.edu'] },
      admin,
    );

    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({
      id: expect.stringMatching(/^[0-9a-f-]{36}$/),
      name: 'Northfield University',
      website: 'https://northfield.edu',
      emailDomains: ['northfield.edu'],
    });
    const read = await system.api.get(`/v1/institutions/${created.body['id']}`, admin);
    expect(read.status).toBe(200);
    expect(read.body).toEqual(created.body);
  });

  it('refuses a second institution with the same name, whatever its case and spacing, with a 409', async () => {
    await system.api.post('/v1/institutions', { name: 'Lakeside College' }, admin);

    const again = await system.api.post('/v1/institutions', { name: '  lakeside   COLLEGE ' }, admin);

    expect(again.status).toBe(409);
    expect(again.body).toMatchObject({
      type: 'urn:careers:problem:institution-name-taken',
      status: 409,
      errors: [{ field: 'name', message: 'is already used by another institution' }],
    });
  });

  it('forbids anyone but a platform administrator to create an institution', async () => {
    const staff = await createUser(system.db, { userType: 'career_services' });
    const token = await system.api.login(staff.email, staff.password);

    const response = await system.api.post('/v1/institutions', { name: 'Shadow School' }, token);

    expect(response.status).toBe(403);
    expect(response.body).toMatchObject({ status: 403, title: 'Forbidden' });
  });

  it.each([
    ['a missing name', {}, [{ field: 'name', message: 'name is required' }]],
    [
      'an unknown field',
      { name: 'Ok School', founded: 1890 },
      [{ field: 'founded', message: 'founded is not a known field' }],
    ],
    ['a name of the wrong type', { name: 12 }, [{ field: 'name', message: 'name must be a string' }]],
    ['a blank name', { name: '   ' }, [{ field: 'name', message: 'name must not be blank' }]],
    [
      'a website that is not a URL',
      { name: 'Ok School', website: 'nope' },
      [{ field: 'website', message: 'website must be an http(s) URL' }],
    ],
  ])('answers %s with a 400 problem naming the field', async (_case, body, errors) => {
    const response = await system.api.post('/v1/institutions', body, admin);

    expect(response.status).toBe(400);
    expect(response.headers.get('content-type')).toContain('application/problem+json');
    expect(response.body).toMatchObject({
      type: 'urn:careers:problem:validation-failed',
      status: 400,
      errors,
    });
  });

  it('answers a body that is not JSON with a 400 problem', async () => {
    const response = await system.api.request('POST', '/v1/institutions', {
      token: admin,
      rawBody: '{"name": ',
      headers: { 'content-type': 'application/json' },
    });

    expect(response.status).toBe(400);
    expect(response.body).toMatchObject({ status: 400 });
  });

  it('answers an unknown institution with 404 and a malformed id with 400', async () => {
    const unknown = await system.api.get('/v1/institutions/6f1c2b9e-8a4d-4e1f-9c3b-2d7e5a6b8c90', admin);
    const malformed = await system.api.get('/v1/institutions/not-a-uuid', admin);

    expect(unknown.status).toBe(404);
    expect(unknown.body).toMatchObject({ type: 'urn:careers:problem:institution-not-found' });
    expect(malformed.status).toBe(400);
  });

  it('serves the OpenAPI document with the routes it has', async () => {
    const response = await fetch(`${system.api.baseUrl}/docs-json`);
    const document = (await response.json()) as { paths: Record<string, unknown> };

    expect(Object.keys(document.paths)).toEqual(
      expect.arrayContaining([
        '/v1/auth/login',
        '/v1/me',
        '/v1/institutions',
        '/v1/institutions/{institutionId}',
        '/v1/auth/signup',
        '/v1/auth/verify-email',
        '/v1/auth/password-reset',
        '/v1/auth/password-reset/confirm',
        '/v1/auth/email-change/confirm',
        '/v1/me/email-change',
        '/v1/me/email-change/confirm',
        '/v1/institutions/{institutionId}/staff',
        '/v1/institutions/{institutionId}/staff/{userId}',
        '/v1/institutions/{institutionId}/users',
        '/v1/institutions/{institutionId}/users/{userId}',
        '/v1/institutions/{institutionId}/users/{userId}/sync-exclusion',
        '/v1/institutions/{institutionId}/settings',
        '/v1/institutions/{institutionId}/labels',
        '/v1/institutions/{institutionId}/labels/{labelId}',
        '/v1/institutions/{institutionId}/contacts',
        '/v1/institutions/{institutionId}/contacts/{contactId}',
        '/v1/institutions/{institutionId}/contacts/{contactId}/archive',
        '/v1/institutions/{institutionId}/contacts/{contactId}/restore',
        '/v1/institutions/{institutionId}/contacts/{contactId}/labels',
        '/v1/institutions/{institutionId}/contacts/{contactId}/labels/{labelId}',
        '/v1/institutions/{institutionId}/contacts/{contactId}/notes',
        '/v1/companies',
        '/v1/companies/{companyId}',
        '/v1/companies/{companyId}/staff',
        '/v1/companies/{companyId}/staff/{userId}',
        '/v1/me/join-requests',
        '/v1/institutions/{institutionId}/join-requests',
        '/v1/institutions/{institutionId}/join-requests/{requestId}',
        '/v1/institutions/{institutionId}/join-requests/{requestId}/approve',
        '/v1/institutions/{institutionId}/join-requests/{requestId}/decline',
        '/v1/institutions/{institutionId}/join-requests/{requestId}/delete-account',
        '/v1/institutions/{institutionId}/join-requests/bulk-approve',
        '/v1/institutions/{institutionId}/join-requests/bulk-decline',
        '/v1/institutions/{institutionId}/bulk-invites',
        '/v1/institutions/{institutionId}/bulk-invites/preview',
        '/v1/institutions/{institutionId}/bulk-invites/{inviteId}',
        '/v1/institutions/{institutionId}/bulk-invites/{inviteId}/send',
        '/v1/institutions/{institutionId}/invitations/{invitationId}/resend',
        '/v1/institutions/{institutionId}/invitations/{invitationId}/revoke',
        '/v1/invitations/{token}',
        '/v1/invitations/{token}/accept',
      ]),
    );
  });
});

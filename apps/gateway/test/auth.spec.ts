import { createUser, TEST_ADMIN, TestSystem } from '@careers/testing';

describe('logging in through the gateway', () => {
  let system: TestSystem;

  beforeAll(async () => {
    system = await TestSystem.start({ apps: ['gateway', 'identity'] });
  });

  afterAll(() => system?.stop());

  it('returns a bearer access token for the right email and password, whatever the email case', async () => {
    const response = await system.api.post('/v1/auth/login', {
      email: TEST_ADMIN.email.toUpperCase(),
      password: TEST_ADMIN.password,
    });

    expect(response.status).toBe(200);
    expect(response.body).toEqual({ accessToken: expect.any(String), tokenType: 'Bearer', expiresIn: 900 });
  });

  it('refuses /v1 calls without a token, with a malformed header, and with a forged token', async () => {
    const forged = (await system.adminToken()).replace(/\.[^.]+$/, '.AAAA');

    for (const token of [undefined, 'not-a-jwt', forged]) {
      const response = await system.api.get('/v1/me', token);
      expect(response.status).toBe(401);
      expect(response.body).toMatchObject({ status: 401, title: 'Unauthorized' });
    }
  });

  it('tells the caller who they are on /v1/me', async () => {
    const student = await createUser(system.db, { userType: 'student', name: 'Ada Student' });
    const token = await system.api.login(student.email, student.password);

    const response = await system.api.get('/v1/me', token);

    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ id: student.id, email: student.email, userType: 'student' });
  });

  it('refuses a login body with missing, unknown or mistyped fields, naming each', async () => {
    const response = await system.api.post('/v1/auth/login', { email: 42, role: 'admin' });

    expect(response.status).toBe(400);
    expect(response.body['errors']).toEqual(
      expect.arrayContaining([
        { field: 'email', message: 'email must be a string' },
        { field: 'password', message: 'password is required' },
        { field: 'role', message: 'role is not a known field' },
      ]),
    );
  });

  it('puts a request id on every response, keeping the one the caller sent', async () => {
    const sent = await system.api.request('GET', '/v1/me', { headers: { 'x-request-id': 'trace-123' } });
    const made = await system.api.get('/v1/me');

    expect(sent.headers.get('x-request-id')).toBe('trace-123');
    expect(made.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('creates the administrator only once, across restarts', async () => {
    await system.app('identity').stop();
    await system.app('identity').start();

    const admins = await system.db.query(
      `select id from identity.user_account where user_type = 'platform_admin'`,
    );
    expect(admins).toHaveLength(1);
  });
});

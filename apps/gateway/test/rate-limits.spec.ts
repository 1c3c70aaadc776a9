import { createUser, TestSystem, uniqueEmail } from '@careers/testing';
import { loginFrom } from './support/post-from';

describe('rate limits on the authentication endpoints', () => {
  let system: TestSystem;

  beforeAll(async () => {
    system = await TestSystem.start({
      apps: ['gateway', 'identity'],
      env: { RATE_LIMIT_PER_ACCOUNT: '3', RATE_LIMIT_PER_IP: '8', RATE_LIMIT_WINDOW_SECONDS: '60' },
    });
  });

  afterAll(async () => {
    await system?.stop();
  });

  it('stops repeated log-ins for one account with a 429 problem and Retry-After, even with the right password', async () => {
    const user = await createUser(system.db);
    const attempts = [];
    for (let i = 0; i < 3; i++) {
      attempts.push(
        (await system.api.post('/v1/auth/login', { email: user.email, password: 'wrong password!' })).status,
      );
    }
    const blocked = await system.api.post('/v1/auth/login', {
      email: user.email.toUpperCase(),
      password: user.password,
    });

    expect(attempts).toEqual([401, 401, 401]);
    expect(blocked.status).toBe(429);
    expect(blocked.headers.get('content-type')).toContain('application/problem+json');
    expect(blocked.body).toMatchObject({ type: 'urn:careers:problem:too-many-requests', status: 429 });
    expect(Number(blocked.headers.get('retry-after'))).toBeGreaterThan(0);
  });

  it('stops one address trying many accounts', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 9; i++) {
      statuses.push((await system.api.post('/v1/auth/password-reset', { email: uniqueEmail() })).status);
    }

    expect(statuses.slice(0, 8)).toEqual(Array(8).fill(202));
    expect(statuses[8]).toBe(429);
  });

  it("lets the owner in while someone else's wrong passwords make that someone wait longer and longer", async () => {
    const owner = await createUser(system.db);
    const attacker = '127.0.0.2';
    const statuses: number[] = [];
    const waits: number[] = [];
    for (let i = 0; i < 3; i++) {
      const attempt = await loginFrom(system, attacker, { email: owner.email, password: 'guess number one' });
      statuses.push(attempt.status);
    }

    const ownerIn = await loginFrom(system, '127.0.0.3', { email: owner.email, password: owner.password });

    expect(statuses).toEqual([401, 401, 401]);
    expect(ownerIn.status).toBe(200);
    for (let i = 0; i < 3; i++) {
      const attempt = await loginFrom(system, attacker, { email: owner.email, password: owner.password });
      expect(attempt.status).toBe(429);
      waits.push(attempt.retryAfter);
    }
    expect(Math.min(...waits)).toBeGreaterThan(0);
  });
});

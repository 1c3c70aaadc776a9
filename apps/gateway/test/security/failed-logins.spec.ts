import { createUser, TestSystem } from '@careers/testing';
import { setTimeout as delay } from 'node:timers/promises';
import { loginFrom } from '../support/post-from';

/**
 * Ten wrong log-ins by anyone used to lock the owner out, even from a clean address. Failures now count per account
 * and source: the source that fails waits longer and longer, the owner elsewhere is let in.
 */
describe('failed log-ins', () => {
  let system: TestSystem;

  beforeAll(async () => {
    system = await TestSystem.start({ apps: ['gateway', 'identity'] });
  });

  afterAll(async () => {
    await system?.stop();
  });

  it('makes the failing source wait, twice as long each time, and never holds back the owner elsewhere', async () => {
    const owner = await createUser(system.db);
    const attacker = '127.0.0.2';
    const guess = { email: owner.email, password: 'a wrong guess' };
    const firstFive = [];
    for (let i = 0; i < 5; i++) firstFive.push((await loginFrom(system, attacker, guess)).status);

    const held = await loginFrom(system, attacker, { email: owner.email, password: owner.password });
    const ownerIn = await loginFrom(system, '127.0.0.3', { email: owner.email, password: owner.password });

    expect(firstFive).toEqual([401, 401, 401, 401, 401]);
    expect(held).toEqual({ status: 429, retryAfter: 1 });
    expect(ownerIn.status).toBe(200);

    await delay(1_100);
    expect((await loginFrom(system, attacker, guess)).status).toBe(401);
    expect(await loginFrom(system, attacker, guess)).toEqual({ status: 429, retryAfter: 2 });
    expect(
      (await loginFrom(system, '127.0.0.3', { email: owner.email, password: owner.password })).status,
    ).toBe(200);
  });
});

describe('failed log-ins behind a load balancer (TRUSTED_PROXIES)', () => {
  let system: TestSystem;

  beforeAll(async () => {
    system = await TestSystem.start({ apps: ['gateway', 'identity'], env: { TRUSTED_PROXIES: '127.0.0.1' } });
  });

  afterAll(async () => {
    await system?.stop();
  });

  const loginAs = (client: string, body: { email: string; password: string }) =>
    fetch(`${system.api.baseUrl}/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-forwarded-for': client },
      body: JSON.stringify(body),
    }).then((response) => response.status);

  it('counts the client the balancer names, so the owner behind the same balancer is let in', async () => {
    const owner = await createUser(system.db);
    const statuses = [];
    for (let i = 0; i < 6; i++)
      statuses.push(await loginAs('203.0.113.7', { email: owner.email, password: 'nope' }));

    expect(statuses).toEqual([401, 401, 401, 401, 401, 429]);
    expect(await loginAs('198.51.100.20', { email: owner.email, password: owner.password })).toBe(200);
  });
});

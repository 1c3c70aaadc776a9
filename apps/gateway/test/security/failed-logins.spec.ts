import { createUser, TestSystem } from '@careers/testing';
import { setTimeout as delay } from 'node:timers/promises';
import { loginFrom } from '../support/login-from';

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

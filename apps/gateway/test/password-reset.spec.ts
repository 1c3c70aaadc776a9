import { createUser, TestSystem, STRONG_PASSWORD, tokenIn, uniqueEmail } from '@careers/testing';
import { setTimeout as delay } from 'node:timers/promises';

describe('resetting a password through the gateway', () => {
  let system: TestSystem;

  beforeAll(async () => {
    system = await TestSystem.start({ apps: ['gateway', 'identity'] });
  });

  afterAll(async () => {
    await system?.stop();
  });

  const request = (email: string) => system.api.post('/v1/auth/password-reset', { email });
  const confirm = (token: string, password: string) =>
    system.api.post('/v1/auth/password-reset/confirm', { token, password });

  it('answers the same 202 whether or not the email has an account, and mails only an account', async () => {
    const user = await createUser(system.db, { userType: 'employer' });
    const nobody = uniqueEmail('nobody');

    const known = await request(user.email);
    const unknown = await request(nobody);

    expect(known.status).toBe(202);
    expect(unknown.status).toBe(202);
    expect(unknown.body).toEqual(known.body);
    await system.smtp.waitForMail(user.email, /new password/);
    await delay(500);
    expect(system.smtp.to(nobody)).toEqual([]);
  });

  it('sets a new password with the single-use token', async () => {
    const user = await createUser(system.db, { userType: 'alumni' });
    await request(user.email);
    const token = tokenIn(await system.smtp.waitForMail(user.email, /new password/));

    const done = await confirm(token, STRONG_PASSWORD);
    const reused = await confirm(token, 'another strong passphrase');

    expect(done.status).toBe(200);
    expect(reused.status).toBe(410);
    expect(await system.api.login(user.email, STRONG_PASSWORD)).toEqual(expect.any(String));
    expect(
      (await system.api.post('/v1/auth/login', { email: user.email, password: user.password })).status,
    ).toBe(401);
  });

  it('refuses a weak password without using up the token', async () => {
    const user = await createUser(system.db, { userType: 'student' });
    await request(user.email);
    const token = tokenIn(await system.smtp.waitForMail(user.email, /new password/));

    const weak = await confirm(token, '123');

    expect(weak.status).toBe(400);
    expect(weak.body).toMatchObject({
      errors: [{ field: 'password', message: expect.stringContaining('at least 10') }],
    });
    expect((await confirm(token, STRONG_PASSWORD)).status).toBe(200);
  });

  it('refuses an expired token with a 410, and only the newest link works', async () => {
    const user = await createUser(system.db, { userType: 'student' });
    await request(user.email);
    const older = tokenIn(await system.smtp.waitForMail(user.email, /new password/));
    await request(user.email);
    let newer = older;
    for (let i = 0; i < 100 && newer === older; i++) {
      await delay(100);
      const mails = system.smtp.to(user.email);
      newer = tokenIn(mails[mails.length - 1]);
    }
    expect((await confirm(older, STRONG_PASSWORD)).status).toBe(400);

    await system.db.query(
      `update identity.one_time_token set expires_at = now() - interval '1 second' where user_id = $1`,
      [user.id],
    );
    const expired = await confirm(newer, STRONG_PASSWORD);

    expect(expired.status).toBe(410);
    expect(expired.body).toMatchObject({ type: 'urn:careers:problem:token-expired' });
  });
});

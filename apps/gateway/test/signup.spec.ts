import { TestSystem, waitFor, STRONG_PASSWORD, tokenIn, uniqueEmail } from '@careers/testing';
import { setTimeout as delay } from 'node:timers/promises';

describe('signing up through the gateway', () => {
  let system: TestSystem;

  beforeAll(async () => {
    system = await TestSystem.start({ apps: ['gateway', 'identity'] });
  });

  afterAll(async () => {
    await system?.stop();
  });

  const signup = (body: Record<string, unknown>) => system.api.post('/v1/auth/signup', body);

  it('answers the same 202 for a new and a taken email, mailing a link to the one and a notice to the other', async () => {
    const email = uniqueEmail('student');
    const first = await signup({
      email,
      password: STRONG_PASSWORD,
      name: 'Ada Student',
      userType: 'student',
    });
    const verifyMail = await system.smtp.waitForMail(email, /Confirm your email/);
    await system.api.post('/v1/auth/verify-email', { token: tokenIn(verifyMail) });

    const again = await signup({
      email: email.toUpperCase(),
      password: 'another strong passphrase',
      name: 'Intruder',
      userType: 'employer',
    });

    expect(again.status).toBe(202);
    expect(again.body).toEqual(first.body);
    expect(first.status).toBe(202);
    const notice = await system.smtp.waitForMail(email, /tried to sign up/);
    expect(notice.text).toContain('Ada Student');
    // The account is untouched: the original password still works.
    expect(await system.api.login(email, STRONG_PASSWORD)).toEqual(expect.any(String));
  });

  it('refuses to log in before the email is verified, and lets the person in after', async () => {
    const email = uniqueEmail('alumni');
    await signup({ email, password: STRONG_PASSWORD, name: 'Alex Alumni', userType: 'alumni' });
    // The sign-up is carried out in the background: the account exists once its verification mail is on its way.
    const mail = await system.smtp.waitForMail(email, /Confirm your email/);

    const early = await system.api.post('/v1/auth/login', { email, password: STRONG_PASSWORD });
    expect(early.status).toBe(403);
    expect(early.body).toMatchObject({ type: 'urn:careers:problem:email-not-verified' });
    const wrongPassword = await system.api.post('/v1/auth/login', {
      email,
      password: 'not the password at all',
    });
    expect(wrongPassword.status).toBe(401);

    const verified = await system.api.post('/v1/auth/verify-email', { token: tokenIn(mail) });
    expect(verified.status).toBe(200);
    expect(verified.body).toMatchObject({ email, userType: 'alumni', status: 'active', memberships: [] });

    const token = await system.api.login(email, STRONG_PASSWORD);
    const me = await system.api.get('/v1/me', token);
    expect(me.body).toMatchObject({ email, name: 'Alex Alumni', status: 'active' });
    const updated = await system.lastEvent('events.identity.user.updated', { userId: verified.body['id'] });
    expect(updated).toMatchObject({ data: { userId: verified.body['id'], status: 'active' } });
  });

  it('leaves one working verification link when sign-ups of one email arrive at the same moment', async () => {
    const email = uniqueEmail('eager');
    const body = { email, password: STRONG_PASSWORD, name: 'Eager Student', userType: 'student' };
    const SIGNUPS = 8;

    const answers = await Promise.all(Array.from({ length: SIGNUPS }, () => signup(body)));

    expect(answers.map((answer) => answer.status)).toEqual(Array(SIGNUPS).fill(202));
    await waitFor(
      'every sign-up to be carried out',
      async () => (system.smtp.to(email).length === SIGNUPS ? true : undefined),
      20_000,
    );
    const statuses: number[] = [];
    for (const mail of system.smtp.to(email)) {
      statuses.push((await system.api.post('/v1/auth/verify-email', { token: tokenIn(mail) })).status);
    }
    expect(statuses.filter((status) => status === 200)).toHaveLength(1);
  });

  it('accepts a verification link once: a used link is a 410 and an unknown one a 400', async () => {
    const email = uniqueEmail('employer');
    await signup({ email, password: STRONG_PASSWORD, name: 'Erin Employer', userType: 'employer' });
    const token = tokenIn(await system.smtp.waitForMail(email, /Confirm your email/));
    expect((await system.api.post('/v1/auth/verify-email', { token })).status).toBe(200);

    const reused = await system.api.post('/v1/auth/verify-email', { token });
    expect(reused.status).toBe(410);
    expect(reused.body).toMatchObject({ type: 'urn:careers:problem:token-used' });

    const unknown = await system.api.post('/v1/auth/verify-email', { token: 'x'.repeat(43) });
    expect(unknown.status).toBe(400);
    expect(unknown.body).toMatchObject({ errors: [{ field: 'token', message: expect.any(String) }] });
  });

  it('refuses an expired verification link with a 410', async () => {
    const email = uniqueEmail('student');
    await signup({ email, password: STRONG_PASSWORD, name: 'Late Larry', userType: 'student' });
    const token = tokenIn(await system.smtp.waitForMail(email, /Confirm your email/));
    await system.db.query(
      `update identity.one_time_token set expires_at = now() - interval '1 minute'
       where user_id = (select id from identity.user_account where email_key = lower($1))`,
      [email],
    );

    const expired = await system.api.post('/v1/auth/verify-email', { token });

    expect(expired.status).toBe(410);
    expect(expired.body).toMatchObject({ type: 'urn:careers:problem:token-expired' });
  });

  it('lets only the newest sign-up of an unverified email count', async () => {
    const email = uniqueEmail('student');
    await signup({ email, password: 'first strong passphrase', name: 'First Try', userType: 'student' });
    const firstToken = tokenIn(await system.smtp.waitForMail(email, /Confirm your email/));
    await signup({ email, password: STRONG_PASSWORD, name: 'Second Try', userType: 'student' });
    await delay(200);
    const mails = await waitForCount(email, 2);
    const secondToken = tokenIn(mails[1]);

    expect((await system.api.post('/v1/auth/verify-email', { token: firstToken })).status).toBe(400);
    const verified = await system.api.post('/v1/auth/verify-email', { token: secondToken });
    expect(verified.body).toMatchObject({ name: 'Second Try' });
    expect(await system.api.login(email, STRONG_PASSWORD)).toEqual(expect.any(String));
  });

  it.each([
    ['short', 'short1', /at least 10 characters/],
    ['common', 'password123', /too common/],
    ['repetitive', 'aaaaabbbbbaaaaa', /more than three different characters/],
    ['containing the email', 'weakling-jo.smith-2026', /must not contain the email/],
  ])('refuses a %s password with the reason', async (_label, password, reason) => {
    const response = await signup({
      email: 'jo.smith@example.test',
      password,
      name: 'Jo Smith',
      userType: 'student',
    });

    expect(response.status).toBe(400);
    expect(response.body).toMatchObject({
      errors: [{ field: 'password', message: expect.stringMatching(reason) }],
    });
  });

  it('names every invalid field, refuses unknown ones, and refuses user types that cannot sign up', async () => {
    const response = await signup({
      email: 'not-an-email',
      name: 7,
      userType: 'career_services',
      role: 'admin',
    });

    expect(response.status).toBe(400);
    const fields = (response.body['errors'] as Array<{ field: string }>).map((error) => error.field).sort();
    expect(fields).toEqual(['email', 'name', 'password', 'role', 'userType']);
  });

  async function waitForCount(email: string, count: number) {
    for (let i = 0; i < 100; i++) {
      const mails = system.smtp.to(email).filter((mail) => /Confirm your email/.test(mail.subject));
      if (mails.length >= count) return mails;
      await delay(100);
    }
    throw new Error(`expected ${count} verification mails to ${email}`);
  }
});

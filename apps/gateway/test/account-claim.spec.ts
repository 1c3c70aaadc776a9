import {
  ImportsClient,
  institutionWithStaff,
  signUpVerified,
  STRONG_PASSWORD,
  TestSystem,
  tokenIn,
  uniqueEmail,
} from '@careers/testing';
import { randomUUID } from 'node:crypto';
import { setTimeout as delay } from 'node:timers/promises';

const HEADER = 'first_name,last_name,email_address,username,user_type,school_year';

/**
 * Issue 25, point 2, and seed 004: a person the school loaded by a file has an account with no password. Signing up
 * or asking for a reset with that address mails the link to claim it, with the answer everyone gets; someone of the
 * same name asking to join the school from another address has the loaded address asked to try itself instead.
 */
describe('claiming an account the school loaded', () => {
  let system: TestSystem;
  let institutionId: string;
  const domain = `claim-${randomUUID().slice(0, 6)}.test`;
  const at = (local: string) => `${local}@${domain}`;

  beforeAll(async () => {
    system = await TestSystem.start({ apps: ['gateway', 'identity', 'directory', 'onboarding', 'importer'] });
    const school = await institutionWithStaff(system, 'career_services_admin');
    institutionId = school.institutionId;
    const imports = new ImportsClient(system, institutionId, school.staff.token);
    const uploaded = await imports.upload(
      HEADER,
      [
        `Lola,Loaded,${at('lola')},S1,Students,Junior`,
        `Rita,Reset,${at('rita')},S2,Students,Junior`,
        `Nina,Namesake,${at('nina')},S3,Students,Senior`,
        `Paul,Other,${at('paul')},S4,Students,Senior`,
      ],
      { fileType: 'Students', mode: 'manual' },
    );
    const done = await imports.run(uploaded.id);
    if (done.status !== 'completed') throw new Error(`the import did not complete: ${JSON.stringify(done)}`);
  });

  afterAll(async () => {
    await system?.stop();
  });

  const signup = (email: string, name = 'Lola Loaded') =>
    system.api.post('/v1/auth/signup', { email, password: STRONG_PASSWORD, name, userType: 'student' });
  const reset = (email: string) => system.api.post('/v1/auth/password-reset', { email });
  const setPassword = (token: string) =>
    system.api.post('/v1/auth/password-reset/confirm', { token, password: STRONG_PASSWORD });

  it('answers a sign-up with a loaded address as any other, and mails the link to set its password', async () => {
    const unknown = await signup(uniqueEmail('nobody'));
    const loaded = await signup(at('lola'));

    expect(loaded.status).toBe(202);
    expect(loaded.body).toEqual(unknown.body);
    const mail = await system.smtp.waitForMail(at('lola'), /Set your password/);
    expect(mail.text).toContain('/set-password?token=');
    expect(mail.text).toContain('already made you a Careers account');
    expect(system.smtp.to(at('lola')).map((sent) => sent.subject)).not.toContainEqual(
      expect.stringMatching(/tried to sign up/),
    );

    expect((await setPassword(tokenIn(mail))).status).toBe(200);
    const token = await system.api.login(at('lola'), STRONG_PASSWORD);
    const me = await system.api.get<{ status: string; memberships: Array<{ institutionId: string }> }>(
      '/v1/me',
      token,
    );
    expect(me.body).toMatchObject({ status: 'active', memberships: [{ institutionId }] });
  });

  it('answers a reset for a loaded address as any other, with the link to claim it; once claimed, a reset is a reset', async () => {
    const unknown = await reset(uniqueEmail('nobody'));
    const loaded = await reset(at('rita'));

    expect(loaded.status).toBe(202);
    expect(loaded.body).toEqual(unknown.body);
    const claim = await system.smtp.waitForMail(at('rita'), /Set your password/);
    expect((await setPassword(tokenIn(claim))).status).toBe(200);
    expect(await system.api.login(at('rita'), STRONG_PASSWORD)).toEqual(expect.any(String));

    await reset(at('rita'));
    await system.smtp.waitForMail(at('rita'), /Choose a new password/);
  });

  it('sends a claimed account the usual notice on a sign-up, not another link', async () => {
    await signup(at('lola'));

    await system.smtp.waitForMail(at('lola'), /tried to sign up/);
  });

  it('asks the loaded address of a namesake to try itself, and tells the one who asked nothing', async () => {
    const other = await signUpVerified(system, 'student', 'nina NAMESAKE');
    const mailsBefore = system.smtp.to(other.email).length;

    const asked = await system.api.post('/v1/me/join-requests', { institutionId }, other.token);

    expect(asked.status).toBe(201);
    const reminder = await system.smtp.waitForMail(at('nina'), /is waiting for you/);
    expect(reminder.text).toContain('from another email address');
    expect(reminder.text).not.toContain(other.email);
    expect((await setPassword(tokenIn(reminder))).status).toBe(200);
    expect(await system.api.login(at('nina'), STRONG_PASSWORD)).toEqual(expect.any(String));
    await delay(500);
    expect(system.smtp.to(other.email)).toHaveLength(mailsBefore);
    expect(system.smtp.to(at('paul'))).toEqual([]);
  });
});

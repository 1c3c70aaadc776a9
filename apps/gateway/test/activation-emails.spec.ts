import {
  ImportsClient,
  institutionWithStaff,
  Person,
  STRONG_PASSWORD,
  TestSystem,
  tokenIn,
  waitFor,
} from '@careers/testing';
import { randomUUID } from 'node:crypto';
import { together } from './support/together';

const HEADER = 'first_name,last_name,email_address,username,user_type,school_year';

interface ActivationSend {
  id: string;
  status: 'running' | 'done';
  progress: { done: number; total: number; sent: number; skipped: number };
}

/**
 * Issue 25, point 2: staff of a school without single sign-on mail the people its files loaded who never set a
 * password a link to set it: a preview count, then a send in the background with its progress, at most one mail a
 * person a week, however many sends are fired.
 */
describe('activation emails to the people a file loaded', () => {
  let system: TestSystem;
  let institutionId: string;
  let staff: Person;
  const domain = `act-${randomUUID().slice(0, 6)}.test`;
  const at = (local: string) => `${local}@${domain}`;
  const loaded = ['ana', 'ben', 'cai', 'dee'];

  beforeAll(async () => {
    system = await TestSystem.start({ apps: ['gateway', 'identity', 'directory', 'onboarding', 'importer'] });
    ({ institutionId, staff } = await institutionWithStaff(system, 'career_services_admin'));
    const imports = new ImportsClient(system, institutionId, staff.token);
    const uploaded = await imports.upload(
      HEADER,
      loaded.map((local, index) => `${local},Loaded,${at(local)},A${index},Students,Junior`),
      { fileType: 'Students', mode: 'manual' },
    );
    await imports.run(uploaded.id);
    // One of them claims the account on their own first: a send leaves them out.
    await system.api.post('/v1/auth/password-reset', { email: at('dee') });
    const claim = await system.smtp.waitForMail(at('dee'), /Set your password/);
    await system.api.post('/v1/auth/password-reset/confirm', {
      token: tokenIn(claim),
      password: STRONG_PASSWORD,
    });
  });

  afterAll(async () => {
    await system?.stop();
  });

  const path = (suffix = '') => `/v1/institutions/${institutionId}/activation-emails${suffix}`;
  const preview = () => system.api.get<{ count: number }>(path('/preview'), staff.token);
  const send = () => system.api.post<ActivationSend>(path(), {}, staff.token);
  const finished = (id: string) =>
    waitFor(`activation send ${id}`, async () => {
      const read = await system.api.get<ActivationSend>(path(`/${id}`), staff.token);
      return read.body.status === 'done' ? read.body : undefined;
    });
  const activationMails = (local: string) =>
    system.smtp.to(at(local)).filter((mail) => /has made you a Careers account/.test(mail.subject));

  it('counts, then mails each loaded person once though two sends are fired together', async () => {
    expect((await preview()).body).toEqual({ count: 3 });

    const started = await together(2, () => send());

    expect(started.map((answer) => answer.status)).toEqual([202, 202]);
    expect(started[0].headers.get('location')).toBe(path(`/${started[0].body.id}`));
    const done = await Promise.all(started.map((answer) => finished(answer.body.id)));
    expect(done.map((one) => one.progress.sent).sort()).toEqual([0, 3]);
    expect(done.map((one) => one.progress.skipped).sort()).toEqual([0, 3]);
    expect(done.every((one) => one.progress.done === one.progress.total)).toBe(true);
    await waitFor('the activation mails', async () => activationMails('cai').length || undefined);
    for (const local of ['ana', 'ben', 'cai']) expect(activationMails(local)).toHaveLength(1);
    expect(activationMails('dee')).toEqual([]);
    expect((await preview()).body).toEqual({ count: 0 });
  });

  it('mails nobody again within the week, and again after it', async () => {
    const again = await finished((await send()).body.id);
    expect(again.progress).toMatchObject({ sent: 0, skipped: 3 });

    await system.db.query(`update identity.activation_mail set sent_at = now() - interval '8 days'`);

    expect((await preview()).body).toEqual({ count: 3 });
    const weekLater = await finished((await send()).body.id);
    expect(weekLater.progress).toMatchObject({ sent: 3, skipped: 0 });
    await waitFor('the second activation mail', async () => activationMails('ana')[1]);
  });

  it('lets a person set their password from the mail and sign in; they are no longer counted', async () => {
    const [mail] = activationMails('ben').slice(-1);
    expect(mail.text).toContain('/set-password?token=');

    const set = await system.api.post('/v1/auth/password-reset/confirm', {
      token: tokenIn(mail),
      password: STRONG_PASSWORD,
    });

    expect(set.status).toBe(200);
    expect(await system.api.login(at('ben'), STRONG_PASSWORD)).toEqual(expect.any(String));
    await system.db.query(`update identity.activation_mail set sent_at = now() - interval '8 days'`);
    expect((await preview()).body).toEqual({ count: 2 });
  });

  it('refuses a school that signs its people in with single sign-on, and an unknown send', async () => {
    const sso = await institutionWithStaff(system, 'career_services_admin');
    await system.api.patch(
      `/v1/institutions/${sso.institutionId}/settings`,
      { usesSingleSignOn: true },
      sso.staff.token,
    );
    const ssoPath = `/v1/institutions/${sso.institutionId}/activation-emails`;

    const previewed = await system.api.get(`${ssoPath}/preview`, sso.staff.token);
    const sent = await system.api.post(ssoPath, {}, sso.staff.token);
    const unknown = await system.api.get(path(`/${randomUUID()}`), staff.token);

    expect([previewed.status, sent.status]).toEqual([409, 409]);
    expect(sent.body).toMatchObject({ type: 'urn:careers:problem:institution-uses-single-sign-on' });
    expect(unknown.status).toBe(404);
    expect(unknown.body).toMatchObject({ type: 'urn:careers:problem:activation-emails-not-found' });
  });
});

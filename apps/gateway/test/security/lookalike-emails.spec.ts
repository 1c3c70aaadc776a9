import {
  TestSystem,
  waitFor,
  addStaffMember,
  createInstitution,
  signUpVerified,
  STRONG_PASSWORD,
} from '@careers/testing';
import { randomInt } from 'node:crypto';

const CYRILLIC_A = '\u0430';
const DOTLESS_I = '\u0131';
const COMBINING_ACUTE = '\u0301';

/**
 * Addresses are compared after Unicode normalisation, and one that looks like another account's (the TR39 skeleton)
 * is refused at sign-up, at staff creation and on email change: nobody opens `аdmin@…` beside `admin@…`.
 */
describe('look-alike email addresses', () => {
  let system: TestSystem;
  let platformAdmin: string;
  let school: string;

  beforeAll(async () => {
    system = await TestSystem.start({ apps: ['gateway', 'identity', 'directory'] });
    platformAdmin = await system.adminToken();
    school = await createInstitution(system, platformAdmin);
  }, 60_000);

  afterAll(async () => {
    await system?.stop();
  });

  const accented = () => `ad\u00e9le-${randomInt(2 ** 40)}@example.test`;
  const withCyrillicA = (email: string) => email.replace('a', CYRILLIC_A);
  const withDotlessI = (email: string) => email.replace('i', DOTLESS_I);

  const signUp = (email: string, name: string) =>
    system.api.post('/v1/auth/signup', { email, password: STRONG_PASSWORD, name, userType: 'student' });

  async function accountsWith(email: string): Promise<number> {
    const [row] = await system.db.query<{ count: string }>(
      'select count(*) from identity.user_account where email = $1',
      [email],
    );
    return Number(row.count);
  }

  it('opens no second account at sign-up for a Cyrillic а or a dotless ı, and tells only that address why', async () => {
    // alumni-…@example.test: an `a` and an `i` to replace.
    const owner = await signUpVerified(system, 'alumni');
    for (const lookalike of [withCyrillicA(owner.email), withDotlessI(owner.email)]) {
      expect(lookalike).not.toBe(owner.email);
      expect((await signUp(lookalike, 'Mallory')).status).toBe(202);
      await waitFor('the sign-up to be carried out', async () => {
        const [row] = await system.db.query<{ subject: string }>(
          'select subject from identity.mail_message where recipient = $1',
          [lookalike],
        );
        return row?.subject;
      }).then((subject) => expect(subject).toBe('Your Careers account could not be created'));
      expect(await accountsWith(lookalike)).toBe(0);
    }
  });

  it('refuses a look-alike of an existing account as a new staff member, with a 409 naming the field', async () => {
    const existing = await addStaffMember(system, platformAdmin, school, 'career_services_staff');

    const refused = await system.api.post(
      `/v1/institutions/${school}/staff`,
      { email: withCyrillicA(existing.email), name: 'Mallory', role: 'career_services_admin' },
      platformAdmin,
    );

    expect(refused.status).toBe(409);
    expect(refused.body).toMatchObject({
      type: 'urn:careers:problem:email-confusable',
      errors: [{ field: 'email' }],
    });
  });

  it('refuses to change an email to a look-alike of another account, at the request and at the confirmation', async () => {
    const victim = await signUpVerified(system, 'alumni');
    const mover = await signUpVerified(system, 'student');

    const refused = await system.api.post(
      '/v1/me/email-change',
      { newEmail: withDotlessI(victim.email), currentPassword: mover.password },
      mover.token,
    );

    expect(refused.status).toBe(409);
    expect(refused.body).toMatchObject({ type: 'urn:careers:problem:email-confusable' });
  });

  it('takes a decomposed accent or another case as the same address, not a second account', async () => {
    const precomposed = accented();
    const added = await system.api.post(
      `/v1/institutions/${school}/staff`,
      { email: precomposed, name: 'Adèle', role: 'career_services_staff' },
      platformAdmin,
    );
    expect(added.status).toBe(201);
    const otherSchool = await createInstitution(system, platformAdmin);

    const decomposed = precomposed.normalize('NFD').toUpperCase();
    expect(decomposed).toContain(COMBINING_ACUTE);
    const again = await system.api.post(
      `/v1/institutions/${otherSchool}/staff`,
      { email: decomposed, name: 'Adèle', role: 'career_services_staff' },
      platformAdmin,
    );

    expect(again.status).toBe(201);
    expect(again.body).toMatchObject({ userId: added.body['userId'], membershipStatus: 'pending' });
  });

  it('still opens an account for a plain address that merely resembles another (rn and m)', async () => {
    const owner = await signUpVerified(system, 'student');
    const resembling = owner.email.replace('example', 'exarnple');
    expect(resembling).not.toBe(owner.email);

    expect((await signUp(resembling, 'Someone Else')).status).toBe(202);
    await system.smtp.waitForMail(resembling, /Confirm your email/);
  });
});

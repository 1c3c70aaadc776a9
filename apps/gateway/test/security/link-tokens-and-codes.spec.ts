import {
  createMembership,
  createUser,
  TestDatabase,
  TestSystem,
  waitFor,
  addContact,
  codeIn,
  Person,
  signUpVerified,
  STRONG_PASSWORD,
  tokenIn,
  uniqueEmail,
  institutionWithStaff,
} from '@careers/testing';
import { setTimeout as delay } from 'node:timers/promises';
import { sendInvite } from '../support/invites';

// Expiry and single use of verification, reset, staff email-change and invitation links, and the email-change code's
// expiry and five attempts, are in signup, password-reset, email-change, invitations and bulk-invites.spec.ts.

/** The bits of a token as its characters allow: hex carries 4 a character, base64url 6; anything else none. */
function bitsOf(token: string): number {
  if (/^[0-9a-f]+$/.test(token)) return token.length * 4;
  if (/^[A-Za-z0-9_-]+$/.test(token)) return token.length * 6;
  return 0;
}

/** The tables, in every schema, with a row whose text holds the secret. */
async function tablesHolding(db: TestDatabase, secret: string): Promise<string[]> {
  const tables = await db.query<{ name: string }>(
    `select format('%I.%I', table_schema, table_name) as name from information_schema.tables
      where table_type = 'BASE TABLE' and table_schema not in ('pg_catalog', 'information_schema')`,
  );
  const holding: string[] = [];
  for (const { name } of tables) {
    const [row] = await db.query<{ found: boolean }>(
      `select exists (select 1 from ${name} t where strpos(t::text, $1) > 0) as found`,
      [secret],
    );
    if (row.found) holding.push(name);
  }
  return holding;
}

/** The tables still holding the secret once its mail has had a moment to go (a queued mail holds it, as it must). */
async function tablesStillHolding(db: TestDatabase, secret: string): Promise<string[]> {
  let tables = await tablesHolding(db, secret);
  for (let poll = 0; poll < 50 && tables.length > 0; poll++) {
    await delay(100);
    tables = await tablesHolding(db, secret);
  }
  return tables;
}

describe('link tokens and codes', () => {
  let system: TestSystem;
  let institutionId: string;
  let staff: Person;
  /** One or more mailed tokens of every kind of link, by kind. */
  const mailed: Array<[kind: string, token: string]> = [];

  const nthMail = (email: string, subject: RegExp, nth: number) =>
    waitFor(`mail ${nth} to ${email}`, async () => {
      const mails = system.smtp.to(email).filter((mail) => subject.test(mail.subject));
      return mails.length >= nth ? mails[nth - 1] : undefined;
    });

  beforeAll(async () => {
    system = await TestSystem.start({ apps: ['gateway', 'identity', 'directory', 'onboarding'] });
    ({ institutionId, staff } = await institutionWithStaff(system, 'career_services_admin'));
    mailed.push(['set password', tokenIn(await system.smtp.waitForMail(staff.email, /career services/))]);

    for (const email of [uniqueEmail(), uniqueEmail()]) {
      await system.api.post('/v1/auth/signup', {
        email,
        password: STRONG_PASSWORD,
        name: 'Vera Verify',
        userType: 'student',
      });
      mailed.push(['verification', tokenIn(await system.smtp.waitForMail(email, /Confirm your email/))]);
    }

    const forgetful = await createUser(system.db);
    for (const nth of [1, 2]) {
      await system.api.post('/v1/auth/password-reset', { email: forgetful.email });
      mailed.push(['password reset', tokenIn(await nthMail(forgetful.email, /new password/, nth))]);
    }

    const student = await createUser(system.db);
    await createMembership(system.db, student, institutionId);
    const newEmail = uniqueEmail('moved');
    await system.api.patch(
      `/v1/institutions/${institutionId}/users/${student.id}`,
      { email: newEmail, excludedFromSyncs: true },
      staff.token,
    );
    mailed.push(['email change', tokenIn(await system.smtp.waitForMail(newEmail, /Confirm your new email/))]);

    await system.api.patch(
      `/v1/institutions/${institutionId}/settings`,
      { employerApproval: { approval: 'automatic', permissions: ['post_jobs'] } },
      staff.token,
    );
    const invited = [
      await addContact(system, staff.token, institutionId),
      await addContact(system, staff.token, institutionId),
    ];
    await sendInvite(
      system,
      staff.token,
      institutionId,
      invited.map((contact) => contact.id),
    );
    for (const contact of invited) {
      mailed.push(['invitation', tokenIn(await system.smtp.waitForMail(contact.email, /invites you/))]);
    }
  });

  afterAll(async () => {
    await system?.stop();
  });

  it('mails every kind of link with a token of at least 128 bits, never the same twice', () => {
    const kinds = new Set(mailed.map(([kind]) => kind));
    const weak = mailed.filter(([, token]) => bitsOf(token) < 128);
    const tokens = mailed.map(([, token]) => token);

    expect(kinds).toEqual(
      new Set(['set password', 'verification', 'password reset', 'email change', 'invitation']),
    );
    expect(weak).toEqual([]);
    expect(new Set(tokens).size).toBe(tokens.length);
  });

  it('keeps no mailed token in the clear in any table once the mail is sent', async () => {
    // The search finds what is there: the staff member's email is in identity's users.
    expect(await tablesHolding(system.db, staff.email)).toContain('identity.user_account');
    for (const [kind, token] of mailed) {
      const holding = await tablesStillHolding(system.db, token);
      expect([kind, holding]).toEqual([kind, []]);
    }
  });

  it('takes a token only for what it was mailed for, and a set-password link only once', async () => {
    const email = uniqueEmail();
    await system.api.post('/v1/auth/signup', {
      email,
      password: STRONG_PASSWORD,
      name: 'Pur Pose',
      userType: 'alumni',
    });
    const verification = tokenIn(await system.smtp.waitForMail(email, /Confirm your email/));
    const [, invitation] = mailed.find(([kind]) => kind === 'invitation') as [string, string];
    const [, setPassword] = mailed.find(([kind]) => kind === 'set password') as [string, string];

    const asReset = await system.api.post('/v1/auth/password-reset/confirm', {
      token: verification,
      password: 'a new strong passphrase',
    });
    const asEmailChange = await system.api.post('/v1/auth/email-change/confirm', { token: verification });
    const asInvitation = await system.api.get(`/v1/invitations/${verification}`);
    const invitationAsVerification = await system.api.post('/v1/auth/verify-email', { token: invitation });
    const setPasswordAgain = await system.api.post('/v1/auth/password-reset/confirm', {
      token: setPassword,
      password: 'a new strong passphrase',
    });

    expect([asReset.status, asEmailChange.status, asInvitation.status]).toEqual([400, 400, 404]);
    expect(invitationAsVerification.status).toBe(400);
    expect(setPasswordAgain.status).toBe(410);
    expect((await system.api.post('/v1/auth/verify-email', { token: verification })).status).toBe(200);
  });

  describe('email-change codes (six digits: five attempts each, see email-change.spec.ts)', () => {
    const start = (person: Person, newEmail: string) =>
      system.api.post('/v1/me/email-change', { newEmail, currentPassword: person.password }, person.token);
    const confirm = (person: Person, code: string) =>
      system.api.post('/v1/me/email-change/confirm', { code }, person.token);

    it('lets only the newest code count, and only once', async () => {
      const person = await signUpVerified(system);
      const [first, second] = [uniqueEmail('first'), uniqueEmail('second')];
      await start(person, first);
      const firstCode = codeIn(await system.smtp.waitForMail(first, /code/));
      await start(person, second);
      const secondCode = codeIn(await system.smtp.waitForMail(second, /code/));

      const old = await confirm(person, firstCode);
      const newest = await confirm(person, secondCode);
      const again = await confirm(person, secondCode);

      expect(firstCode).toMatch(/^\d{6}$/);
      expect(old.status).toBe(422);
      expect(newest.status).toBe(200);
      expect(again.status).toBe(404);
      expect((await system.api.get('/v1/me', person.token)).body).toMatchObject({ email: second });
    });
  });
});

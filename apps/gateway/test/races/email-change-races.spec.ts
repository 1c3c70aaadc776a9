import {
  createMembership,
  createUser,
  TestSystem,
  waitFor,
  addStaffMember,
  codeIn,
  createInstitution,
  Person,
  signUpVerified,
  tokenIn,
  uniqueEmail,
} from '@careers/testing';
import { answeredWith, publishedEvents, ROUNDS, statusesOf, together } from '../support/together';

const EMAIL_CHANGED = 'events.identity.user.email-changed';

describe('email changes under requests sent at the same moment', () => {
  let system: TestSystem;
  let platformAdmin: string;

  beforeAll(async () => {
    system = await TestSystem.start({ apps: ['gateway', 'identity', 'directory'] });
    platformAdmin = await system.adminToken();
  });

  afterAll(async () => {
    await system?.stop();
  });

  const start = (person: Person, newEmail: string) =>
    system.api.post('/v1/me/email-change', { newEmail, currentPassword: person.password }, person.token);
  const confirm = (person: Person, code: string) =>
    system.api.post('/v1/me/email-change/confirm', { code }, person.token);
  const emailOf = async (person: Person) => (await system.api.get('/v1/me', person.token)).body['email'];
  const pendingChanges = async (userId: string) =>
    (await system.db.query('select id from identity.email_change where user_id = $1', [userId])).length;

  /** A verified person with a change to a new address under way, and the code that was mailed for it. */
  async function personChanging(): Promise<{ person: Person; newEmail: string; code: string }> {
    const person = await signUpVerified(system);
    const newEmail = uniqueEmail('new');
    const started = await start(person, newEmail);
    if (started.status !== 202)
      throw new Error(`starting the change failed: ${JSON.stringify(started.body)}`);
    return { person, newEmail, code: codeIn(await system.smtp.waitForMail(newEmail, /code/)) };
  }

  const wrongFor = (code: string) => (code === '000000' ? '111111' : '000000');

  it('counts ten wrong codes sent together one by one: four are wrong, the fifth ends the change', async () => {
    for (let round = 0; round < ROUNDS; round++) {
      const { person, code } = await personChanging();

      const answers = await together(10, () => confirm(person, wrongFor(code)));

      expect(statusesOf(answers)).toEqual([404, 404, 404, 404, 404, 410, 422, 422, 422, 422]);
      expect(answeredWith(answers, 410)[0].body).toMatchObject({
        type: 'urn:careers:problem:email-change-attempts-exhausted',
      });
      expect((await confirm(person, code)).status).toBe(404);
      expect(await emailOf(person)).toBe(person.email);
    }
  });

  it('checks at most five codes of a change, even with the right one among nine wrong ones sent together', async () => {
    for (let round = 0; round < ROUNDS; round++) {
      const { person, newEmail, code } = await personChanging();
      const rightAt = round % 10;

      const answers = await together(10, (index) =>
        confirm(person, index === rightAt ? code : wrongFor(code)),
      );

      const statuses = statusesOf(answers);
      const checked = statuses.filter((status) => status !== 404);
      expect(checked.length).toBeLessThanOrEqual(5);
      expect(checked.filter((status) => status === 200 || status === 410)).toHaveLength(1);
      expect(checked.filter((status) => status === 422).length).toBe(checked.length - 1);
      const changed = statuses.includes(200);
      expect(await emailOf(person)).toBe(changed ? newEmail : person.email);
    }
  });

  it('applies a code confirmed four times at once once, with one email-changed event', async () => {
    const eventsBefore = await publishedEvents(system, 'identity', EMAIL_CHANGED);

    for (let round = 0; round < ROUNDS; round++) {
      const { person, newEmail, code } = await personChanging();

      const answers = await together(4, () => confirm(person, code));

      expect(statusesOf(answers)).toEqual([200, 404, 404, 404]);
      expect(answeredWith(answers, 404)[0].body).toMatchObject({
        type: 'urn:careers:problem:email-change-not-found',
      });
      expect(await emailOf(person)).toBe(newEmail);
    }

    expect(await publishedEvents(system, 'identity', EMAIL_CHANGED)).toBe(eventsBefore + ROUNDS);
  });

  it('applies a link from a staff change followed four times at once once, with one email-changed event', async () => {
    const institutionId = await createInstitution(system, platformAdmin);
    const staff = await addStaffMember(system, platformAdmin, institutionId, 'career_services_staff');
    const eventsBefore = await publishedEvents(system, 'identity', EMAIL_CHANGED);

    for (let round = 0; round < ROUNDS; round++) {
      const student = await createUser(system.db, { userType: 'student' });
      await createMembership(system.db, student, institutionId);
      const newEmail = uniqueEmail('edu');
      const changed = await system.api.patch(
        `/v1/institutions/${institutionId}/users/${student.id}`,
        { email: newEmail, excludedFromSyncs: true },
        staff.token,
      );
      expect(changed.status).toBe(200);
      const token = tokenIn(await system.smtp.waitForMail(newEmail, /Confirm your new email/));

      const answers = await together(4, () => system.api.post('/v1/auth/email-change/confirm', { token }));

      expect(statusesOf(answers)).toEqual([200, 410, 410, 410]);
      expect(await system.api.login(newEmail, student.password)).toEqual(expect.any(String));
    }

    expect(await publishedEvents(system, 'identity', EMAIL_CHANGED)).toBe(eventsBefore + ROUNDS);
  });

  it('gives an address two people confirm at once to one of them, and the other a 409', async () => {
    for (let round = 0; round < ROUNDS; round++) {
      const people = [await signUpVerified(system), await signUpVerified(system)];
      const newEmail = uniqueEmail('wanted');

      const started = await together(2, (index) => start(people[index], newEmail));
      expect(statusesOf(started)).toEqual([202, 202]);
      const codes = await waitFor('both codes', async () => {
        const mails = system.smtp.to(newEmail).filter((mail) => /code/.test(mail.subject));
        return mails.length === 2 ? mails.map(codeIn) : undefined;
      });
      // Each code belongs to one change; each person tries both, as two people sharing a mailbox would.
      const answers = await together(4, (index) => confirm(people[index % 2], codes[Math.floor(index / 2)]));

      expect(answeredWith(answers, 200)).toHaveLength(1);
      expect(answeredWith(answers, 409)).toHaveLength(1);
      expect(answeredWith(answers, 409)[0].body).toMatchObject({
        type: 'urn:careers:problem:email-taken',
        errors: [{ field: 'email' }],
      });
      // The other code of each person is theirs no more (404) or was never theirs (422).
      for (const status of statusesOf(answers).filter((status) => status !== 200 && status !== 409))
        expect([404, 422]).toContain(status);
      const emails = await Promise.all(people.map(emailOf));
      expect(emails.filter((email) => email === newEmail)).toHaveLength(1);
    }
  });

  it('keeps one pending change when a person asks for several at once, to one address or to several', async () => {
    for (let round = 0; round < ROUNDS; round++) {
      const person = await signUpVerified(system);
      const sameAddress = uniqueEmail('same');

      const toOne = await together(3, () => start(person, sameAddress));
      const toSeveral = await together(3, () => start(person, uniqueEmail('several')));

      expect(statusesOf(toOne)).toEqual([202, 202, 202]);
      expect(statusesOf(toSeveral)).toEqual([202, 202, 202]);
      expect(await pendingChanges(person.id)).toBe(1);
    }
  });

  it('keeps one pending change when staff change a person’s email to several addresses at once', async () => {
    const institutionId = await createInstitution(system, platformAdmin);
    const staff = await addStaffMember(system, platformAdmin, institutionId, 'career_services_staff');

    for (let round = 0; round < ROUNDS; round++) {
      const student = await createUser(system.db, { userType: 'student' });
      await createMembership(system.db, student, institutionId);

      const answers = await together(3, () =>
        system.api.patch(
          `/v1/institutions/${institutionId}/users/${student.id}`,
          { email: uniqueEmail('edu'), excludedFromSyncs: true },
          staff.token,
        ),
      );

      expect(statusesOf(answers)).toEqual([200, 200, 200]);
      expect(await pendingChanges(student.id)).toBe(1);
    }
  });

  it('takes a staff change restarted, its old link followed and its stop link used at once one after the other', async () => {
    const institutionId = await createInstitution(system, platformAdmin);
    const staff = await addStaffMember(system, platformAdmin, institutionId, 'career_services_staff');
    const changeTo = (studentId: string, email: string) =>
      system.api.patch(
        `/v1/institutions/${institutionId}/users/${studentId}`,
        { email, excludedFromSyncs: true },
        staff.token,
      );

    for (let round = 0; round < ROUNDS; round++) {
      const student = await createUser(system.db, { userType: 'student' });
      await createMembership(system.db, student, institutionId);
      const first = uniqueEmail('first');
      expect((await changeTo(student.id, first)).status).toBe(200);
      const link = tokenIn(await system.smtp.waitForMail(first, /Confirm your new email/));
      const notice = tokenIn(await system.smtp.waitForMail(student.email, /change of your email/));

      const [restarted, followed, stopped] = await Promise.all([
        changeTo(student.id, uniqueEmail('second')),
        system.api.post('/v1/auth/email-change/confirm', { token: link }),
        system.api.post('/v1/auth/email-change/cancel', { token: notice }),
      ]);

      for (const answer of [restarted, followed, stopped]) expect(answer.status).toBeLessThan(500);
      expect(await pendingChanges(student.id)).toBeLessThanOrEqual(1);
    }
  });
});

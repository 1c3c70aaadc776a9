import type { UserType } from '@careers/contracts';
import {
  createMembership,
  createUser,
  TestSystem,
  addStaffMember,
  codeIn,
  createInstitution,
  Person,
  signUpVerified,
  tokenIn,
  uniqueEmail,
} from '@careers/testing';

describe('changing an email', () => {
  let system: TestSystem;
  let platformAdmin: string;

  beforeAll(async () => {
    system = await TestSystem.start({ apps: ['gateway', 'identity', 'directory'] });
    platformAdmin = await system.adminToken();
  });

  afterAll(async () => {
    await system?.stop();
  });

  const start = (person: Person, newEmail: string, currentPassword = person.password) =>
    system.api.post('/v1/me/email-change', { newEmail, currentPassword }, person.token);
  const confirm = (person: Person, code: string) =>
    system.api.post('/v1/me/email-change/confirm', { code }, person.token);

  describe('by the user, with a code', () => {
    it('changes the email only with the right code, after a notice to the old address', async () => {
      const person = await signUpVerified(system, 'student', 'Cody Changer');
      const newEmail = uniqueEmail('new');

      const started = await start(person, newEmail);
      expect(started.status).toBe(202);
      expect(started.body).toMatchObject({ newEmail, expiresAt: expect.any(String) });
      const code = codeIn(await system.smtp.waitForMail(newEmail, /code/));
      const notice = await system.smtp.waitForMail(person.email, /change of your email/);
      expect(notice.text).toContain(newEmail);

      const wrong = await confirm(person, code === '000000' ? '111111' : '000000');
      expect(wrong.status).toBe(422);
      expect(wrong.body).toMatchObject({
        type: 'urn:careers:problem:email-change-code-wrong',
        detail: expect.stringContaining('4 attempts left'),
      });
      expect((await system.api.get('/v1/me', person.token)).body).toMatchObject({ email: person.email });

      const right = await confirm(person, code);
      expect(right.status).toBe(200);
      expect(right.body).toMatchObject({ email: newEmail });
      expect(await system.api.login(newEmail, person.password)).toEqual(expect.any(String));
      expect(
        (await system.api.post('/v1/auth/login', { email: person.email, password: person.password })).status,
      ).toBe(401);

      const event = await system.lastEvent('events.identity.user.email-changed', { userId: person.id });
      expect(event).toMatchObject({
        data: { userId: person.id, previousEmail: person.email, email: newEmail },
      });
    });

    it('refuses an expired code with a 410', async () => {
      const person = await signUpVerified(system);
      const newEmail = uniqueEmail('late');
      await start(person, newEmail);
      const code = codeIn(await system.smtp.waitForMail(newEmail, /code/));
      await system.db.query(
        `update identity.email_change set expires_at = now() - interval '1 second' where user_id = $1`,
        [person.id],
      );

      const response = await confirm(person, code);

      expect(response.status).toBe(410);
      expect(response.body).toMatchObject({ type: 'urn:careers:problem:email-change-expired' });
      expect((await system.api.get('/v1/me', person.token)).body).toMatchObject({ email: person.email });
    });

    it('ends the attempt after five wrong codes, even the right one does nothing then', async () => {
      const person = await signUpVerified(system);
      const newEmail = uniqueEmail('guess');
      await start(person, newEmail);
      const code = codeIn(await system.smtp.waitForMail(newEmail, /code/));
      const wrongCode = code === '999999' ? '999998' : '999999';

      const answers: number[] = [];
      for (let attempt = 0; attempt < 5; attempt++) answers.push((await confirm(person, wrongCode)).status);
      const afterwards = await confirm(person, code);

      expect(answers).toEqual([422, 422, 422, 422, 410]);
      expect(afterwards.status).toBe(404);
      expect((await system.api.get('/v1/me', person.token)).body).toMatchObject({ email: person.email });
    });

    it.each<UserType>(['student', 'alumni', 'employer', 'career_services', 'mentor', 'platform_admin'])(
      'refuses with a 409 an email that belongs to a %s',
      async (userType) => {
        const person = await signUpVerified(system);
        const owner = await createUser(system.db, { userType });

        const response = await start(person, owner.email.toUpperCase());

        expect(response.status).toBe(409);
        expect(response.body).toMatchObject({
          type: 'urn:careers:problem:email-taken',
          errors: [{ field: 'newEmail' }],
        });
      },
    );

    it('needs the current password, and a new address', async () => {
      const person = await signUpVerified(system);

      const wrongPassword = await start(person, uniqueEmail(), 'not my password at all');
      const same = await start(person, person.email.toUpperCase());
      const invalid = await system.api.post('/v1/me/email-change', { newEmail: 'nope' }, person.token);
      const badCode = await system.api.post('/v1/me/email-change/confirm', { code: '12ab' }, person.token);

      expect(wrongPassword.status).toBe(422);
      expect(wrongPassword.body).toMatchObject({ errors: [{ field: 'currentPassword' }] });
      expect(same.status).toBe(422);
      expect(invalid.status).toBe(400);
      expect(badCode.status).toBe(400);
      expect(badCode.body).toMatchObject({ errors: [{ field: 'code' }] });
    });
  });

  describe('by staff, confirmed from the new address', () => {
    let institutionId: string;
    let staff: Person;

    beforeAll(async () => {
      institutionId = await createInstitution(system, platformAdmin);
      staff = await addStaffMember(system, platformAdmin, institutionId, 'career_services_staff');
    });

    const patch = (userId: string, body: Record<string, unknown>, id = institutionId, token = staff.token) =>
      system.api.patch(`/v1/institutions/${id}/users/${userId}`, body, token);

    async function memberStudent() {
      const student = await createUser(system.db, { userType: 'student', name: 'Pat Pending' });
      await createMembership(system.db, student, institutionId, { status: 'active', roles: ['student'] });
      return student;
    }

    it('needs the user marked excluded from future sync files', async () => {
      const student = await memberStudent();

      const missing = await patch(student.id, { email: uniqueEmail() });
      const refused = await patch(student.id, { email: uniqueEmail(), excludedFromSyncs: false });

      expect(missing.status).toBe(400);
      expect(missing.body).toMatchObject({ errors: [{ field: 'excludedFromSyncs' }] });
      expect(refused.status).toBe(400);
      expect(refused.body).toMatchObject({
        errors: [{ field: 'excludedFromSyncs', message: expect.stringContaining('sync') }],
      });
    });

    it('takes effect when the user confirms from the new address', async () => {
      const student = await memberStudent();
      const newEmail = uniqueEmail('edu');

      const changed = await patch(student.id, { email: newEmail, excludedFromSyncs: true });
      expect(changed.status).toBe(200);
      expect(changed.body).toMatchObject({
        email: student.email,
        pendingEmail: newEmail,
        membership: { excludedFromSyncs: true },
      });
      await system.smtp.waitForMail(student.email, /change of your email/);
      const link = await system.smtp.waitForMail(newEmail, /Confirm your new email/);

      const confirmed = await system.api.post('/v1/auth/email-change/confirm', { token: tokenIn(link) });

      expect(confirmed.status).toBe(200);
      expect(confirmed.body).toMatchObject({ id: student.id, email: newEmail });
      const viewed = await system.api.get(
        `/v1/institutions/${institutionId}/users/${student.id}`,
        staff.token,
      );
      expect(viewed.body).toMatchObject({
        email: newEmail,
        pendingEmail: null,
        membership: { excludedFromSyncs: true },
      });
      expect((await system.api.post('/v1/auth/email-change/confirm', { token: tokenIn(link) })).status).toBe(
        410,
      );
    });

    it('refuses an email of any other account with a 409', async () => {
      const student = await memberStudent();
      const employer = await createUser(system.db, { userType: 'employer' });

      const response = await patch(student.id, { email: employer.email, excludedFromSyncs: true });

      expect(response.status).toBe(409);
      expect(response.body).toMatchObject({ type: 'urn:careers:problem:email-taken' });
    });

    it('answers for a user of another institution with a 404', async () => {
      const elsewhere = await createInstitution(system, platformAdmin);
      const outsider = await createUser(system.db, { userType: 'student' });
      await createMembership(system.db, outsider, elsewhere);

      const response = await patch(outsider.id, { email: uniqueEmail(), excludedFromSyncs: true });
      const viewed = await system.api.get(
        `/v1/institutions/${institutionId}/users/${outsider.id}`,
        staff.token,
      );
      const otherTenant = await patch(
        outsider.id,
        { email: uniqueEmail(), excludedFromSyncs: true },
        elsewhere,
      );

      expect(response.status).toBe(404);
      expect(viewed.status).toBe(404);
      expect(otherTenant.status).toBe(404);
    });
  });
});

import type { InstitutionRole, UserType } from '@careers/contracts';
import {
  createMembership,
  createUser,
  TestSystem,
  TestUser,
  ImportsClient,
  addStaffMember,
  createInstitution,
  Person,
  signUpVerified,
  STRONG_PASSWORD,
  tokenIn,
  uniqueEmail,
} from '@careers/testing';
import { statusWithin } from '../support/status-within';

/**
 * Only the person moves their login: each chain an outside tester used to take over an account through a school's
 * staff, and the seed's own workflow that must still work (an alumna's email changed by staff, confirmed from the new
 * address, her password set there).
 */
describe('account takeover through a school', () => {
  let system: TestSystem;
  let platformAdmin: string;
  let school: string;
  let otherSchool: string;
  let staff: Person;

  beforeAll(async () => {
    system = await TestSystem.start({
      apps: ['gateway', 'identity', 'directory', 'onboarding', 'importer'],
    });
    platformAdmin = await system.adminToken();
    school = await createInstitution(system, platformAdmin);
    otherSchool = await createInstitution(system, platformAdmin);
    staff = await addStaffMember(system, platformAdmin, school, 'career_services_staff');
  }, 60_000);

  afterAll(async () => {
    await system?.stop();
  });

  const changeEmail = (userId: string, email: string, token = staff.token) =>
    system.api.patch(`/v1/institutions/${school}/users/${userId}`, { email, excludedFromSyncs: true }, token);

  async function member(
    userType: UserType,
    memberships: Array<{ institutionId: string; roles: InstitutionRole[] }>,
  ): Promise<TestUser> {
    const user = await createUser(system.db, { userType, email: uniqueEmail(userType) });
    for (const { institutionId, roles } of memberships) {
      await createMembership(system.db, user, institutionId, { roles });
    }
    return user;
  }

  async function expectRefusedAndUntouched(user: Pick<TestUser, 'id' | 'email'>): Promise<void> {
    const attacker = uniqueEmail('attacker');
    const response = await changeEmail(user.id, attacker);
    expect(response.status).toBe(403);
    expect(response.body).toMatchObject({ type: 'urn:careers:problem:account-not-managed-here' });
    const [row] = await system.db.query<{ email: string; pending: string }>(
      `select u.email, (select count(*) from identity.email_change c where c.user_id = u.id) as pending
         from identity.user_account u where u.id = $1`,
      [user.id],
    );
    expect(row).toEqual({ email: user.email, pending: '0' });
    await expect(system.smtp.waitForMail(attacker, /.*/, 1_000)).rejects.toThrow();
  }

  it("refuses to move the login of the school's own administrator, so staff cannot promote themselves", async () => {
    const administrator = await member('career_services', [
      { institutionId: school, roles: ['career_services_admin'] },
    ]);
    await expectRefusedAndUntouched(administrator);
  });

  it('refuses a student who also belongs to another school (attached here by an import naming their email)', async () => {
    const student = await member('student', [
      { institutionId: otherSchool, roles: ['student'] },
      { institutionId: school, roles: ['student'] },
    ]);
    await expectRefusedAndUntouched(student);
  });

  it('refuses a self-made account with no school that a manual import attached by naming its email', async () => {
    const loner = await signUpVerified(system, 'student', 'Lone Student');
    const schoolAdmin = await addStaffMember(system, platformAdmin, school, 'career_services_admin');
    const imports = new ImportsClient(system, school, schoolAdmin.token);
    const uploaded = await imports.upload(
      'first_name,last_name,email_address,username,user_type,school_year',
      [`Lone,Student,${loner.email},L${Date.now()},Students,Senior`],
      { fileType: 'Students', mode: 'manual' },
    );
    const finished = await imports.run(uploaded.id);
    expect(finished.status).toBe('completed');
    const [attached] = await system.db.query<{ login_entrusted: boolean }>(
      'select login_entrusted from identity.membership where user_id = $1 and institution_id = $2',
      [loner.id, school],
    );
    expect(attached).toEqual({ login_entrusted: false });

    await expectRefusedAndUntouched(loner);
  });

  it('refuses an employer made a member by a bulk invite with automatic approval', async () => {
    const employer = await member('employer', [{ institutionId: school, roles: ['employer'] }]);
    await expectRefusedAndUntouched(employer);
  });

  it('refuses a mentor who holds a staff role at another school, even when only a mentor here', async () => {
    const mentor = await member('mentor', [
      { institutionId: otherSchool, roles: ['career_services_staff'] },
      { institutionId: school, roles: ['mentor'] },
    ]);
    await expectRefusedAndUntouched(mentor);
  });

  it("does not make another school's administrator staff here without their consent, nor exposes their login", async () => {
    const victim = await addStaffMember(system, platformAdmin, otherSchool, 'career_services_admin');
    const schoolAdmin = await addStaffMember(system, platformAdmin, school, 'career_services_admin');

    const added = await system.api.post(
      `/v1/institutions/${school}/staff`,
      { email: victim.email, name: 'Victim', role: 'career_services_staff' },
      schoolAdmin.token,
    );

    expect(added.status).toBe(201);
    expect(added.body).toMatchObject({ userId: victim.id, membershipStatus: 'pending' });
    const victimNow = await system.api.login(victim.email, STRONG_PASSWORD);
    expect((await system.api.get(`/v1/institutions/${school}/contacts`, victimNow)).status).toBe(404);
    const attacker = uniqueEmail('attacker');
    expect((await changeEmail(victim.id, attacker, schoolAdmin.token)).status).toBe(403);
    expect((await system.api.post('/v1/auth/password-reset', { email: attacker })).status).toBe(202);
    await expect(system.smtp.waitForMail(attacker, /.*/, 1_000)).rejects.toThrow();
  });

  it("keeps the seed's workflow: an alumna's email changed by staff, confirmed from the new address, password set there", async () => {
    const alumna = await member('alumni', [{ institutionId: school, roles: ['alumni'] }]);
    const newEmail = uniqueEmail('alumna');

    const changed = await changeEmail(alumna.id, newEmail);

    expect(changed.status).toBe(200);
    expect(changed.body).toMatchObject({ pendingEmail: newEmail, membership: { excludedFromSyncs: true } });
    const notice = await system.smtp.waitForMail(alumna.email, /change of your email/);
    expect(notice.text).toContain('http://web.test/cancel-email-change?token=');
    const link = await system.smtp.waitForMail(newEmail, /Confirm your new email/);
    expect((await system.api.post('/v1/auth/email-change/confirm', { token: tokenIn(link) })).status).toBe(
      200,
    );
    expect((await system.api.post('/v1/auth/password-reset', { email: newEmail })).status).toBe(202);
    const reset = await system.smtp.waitForMail(newEmail, /password/i);
    const set = await system.api.post('/v1/auth/password-reset/confirm', {
      token: tokenIn(reset),
      password: STRONG_PASSWORD,
    });
    expect(set.status).toBe(200);
    expect(await system.api.login(newEmail, STRONG_PASSWORD)).toEqual(expect.any(String));
  });

  it('lets the old address undo a confirmed change: the address comes back and whoever confirmed is shut out', async () => {
    const student = await member('student', [{ institutionId: school, roles: ['student'] }]);
    const attacker = uniqueEmail('confirmer');
    expect((await changeEmail(student.id, attacker)).status).toBe(200);
    const notice = await system.smtp.waitForMail(student.email, /change of your email/);
    const link = await system.smtp.waitForMail(attacker, /Confirm your new email/);
    expect((await system.api.post('/v1/auth/email-change/confirm', { token: tokenIn(link) })).status).toBe(
      200,
    );
    await system.api.post('/v1/auth/password-reset', { email: attacker });
    const reset = await system.smtp.waitForMail(attacker, /new password/);
    const chosen = 'the attacker chose this one';
    await system.api.post('/v1/auth/password-reset/confirm', { token: tokenIn(reset), password: chosen });
    const attackerToken = await system.api.login(attacker, chosen);
    expect((await system.api.get('/v1/me', attackerToken)).status).toBe(200);

    const undone = await system.api.post('/v1/auth/email-change/cancel', { token: tokenIn(notice) });

    expect(undone.status).toBe(200);
    expect(undone.body).toEqual({ outcome: 'undone' });
    expect(await statusWithin(5_000, 401, () => system.api.get('/v1/me', attackerToken))).toBe(401);
    expect((await system.api.post('/v1/auth/login', { email: attacker, password: chosen })).status).toBe(401);
    expect((await system.api.post('/v1/auth/login', { email: student.email, password: chosen })).status).toBe(
      401,
    );
    const back = await system.smtp.waitForMail(student.email, /back on your Careers account/);
    const set = await system.api.post('/v1/auth/password-reset/confirm', {
      token: tokenIn(back),
      password: STRONG_PASSWORD,
    });
    expect(set.status).toBe(200);
    expect(set.body).toMatchObject({ id: student.id, email: student.email });
    expect(await system.api.login(student.email, STRONG_PASSWORD)).toEqual(expect.any(String));
    expect((await system.api.post('/v1/auth/email-change/cancel', { token: tokenIn(notice) })).status).toBe(
      410,
    );
  });

  it('refuses to confirm a change by staff once the account belongs to another school too', async () => {
    const student = await member('student', [{ institutionId: school, roles: ['student'] }]);
    const newEmail = uniqueEmail('later');
    expect((await changeEmail(student.id, newEmail)).status).toBe(200);
    const link = await system.smtp.waitForMail(newEmail, /Confirm your new email/);
    await createMembership(system.db, student, otherSchool, { roles: ['student'] });

    const confirmed = await system.api.post('/v1/auth/email-change/confirm', { token: tokenIn(link) });

    expect(confirmed.status).toBe(403);
    expect(confirmed.body).toMatchObject({ type: 'urn:careers:problem:account-not-managed-here' });
  });

  it('does not let a school move the login of a student who only asked to join it', async () => {
    const applicant = await createUser(system.db, { userType: 'student', email: uniqueEmail('applicant') });
    await createMembership(system.db, applicant, school, { status: 'pending', roles: [] });
    await expectRefusedAndUntouched(applicant);
  });

  it('lets the old address stop a change by staff: the confirmation link then does nothing', async () => {
    const student = await member('student', [{ institutionId: school, roles: ['student'] }]);
    const newEmail = uniqueEmail('moved');
    expect((await changeEmail(student.id, newEmail)).status).toBe(200);
    const notice = await system.smtp.waitForMail(student.email, /change of your email/);
    const link = await system.smtp.waitForMail(newEmail, /Confirm your new email/);

    const stopped = await system.api.post('/v1/auth/email-change/cancel', { token: tokenIn(notice) });

    expect(stopped.status).toBe(200);
    expect(stopped.body).toEqual({ outcome: 'stopped' });
    const confirmed = await system.api.post('/v1/auth/email-change/confirm', { token: tokenIn(link) });
    expect(confirmed.status).toBe(400);
    const [row] = await system.db.query<{ email: string }>(
      'select email from identity.user_account where id = $1',
      [student.id],
    );
    expect(row.email).toBe(student.email);
    expect((await system.api.post('/v1/auth/email-change/cancel', { token: tokenIn(notice) })).status).toBe(
      410,
    );
  });

  it('lets the old address stop the person’s own change by code, and the code then does nothing', async () => {
    const person = await member('student', [{ institutionId: otherSchool, roles: ['student'] }]);
    const token = await system.api.login(person.email, person.password);
    const newEmail = uniqueEmail('own');
    const started = await system.api.post(
      '/v1/me/email-change',
      { newEmail, currentPassword: person.password },
      token,
    );
    expect(started.status).toBe(202);
    const notice = await system.smtp.waitForMail(person.email, /change of your email/);
    const codeMail = await system.smtp.waitForMail(newEmail, /code/i);

    const stopped = await system.api.post('/v1/auth/email-change/cancel', { token: tokenIn(notice) });
    expect(stopped.body).toEqual({ outcome: 'stopped' });

    const code = /\b(\d{6})\b/.exec(codeMail.text)?.[1];
    const confirmed = await system.api.post('/v1/me/email-change/confirm', { code }, token);
    expect(confirmed.status).toBe(404);
  });
});

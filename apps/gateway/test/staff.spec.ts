import {
  createUser,
  TestSystem,
  addStaffMember,
  createInstitution,
  STRONG_PASSWORD,
  tokenIn,
  uniqueEmail,
} from '@careers/testing';

describe('career services staff, and authorization per institution', () => {
  let system: TestSystem;
  let platformAdmin: string;
  let institutionId: string;

  beforeAll(async () => {
    system = await TestSystem.start({ apps: ['gateway', 'identity', 'directory'] });
    platformAdmin = await system.adminToken();
    institutionId = await createInstitution(system, platformAdmin);
  });

  afterAll(async () => {
    await system?.stop();
  });

  const staffPath = (id = institutionId) => `/v1/institutions/${id}/staff`;

  it('adds a new staff member who sets a password from a single-use link, and whose token carries the role', async () => {
    const email = uniqueEmail('director');
    const added = await system.api.post(
      staffPath(),
      { email, name: 'Dana Director', role: 'career_services_admin' },
      platformAdmin,
    );
    expect(added.status).toBe(201);
    expect(added.body).toMatchObject({
      email,
      role: 'career_services_admin',
      accountStatus: 'invited',
      membershipStatus: 'active',
    });

    const mail = await system.smtp.waitForMail(email, /career services/);
    const token = tokenIn(mail);
    expect(mail.text).toContain('http://web.test/set-password?token=');
    expect(
      (await system.api.post('/v1/auth/password-reset/confirm', { token, password: STRONG_PASSWORD })).status,
    ).toBe(200);
    const reused = await system.api.post('/v1/auth/password-reset/confirm', {
      token,
      password: 'yet another passphrase',
    });
    expect(reused.status).toBe(410);

    const accessToken = await system.api.login(email, STRONG_PASSWORD);
    const me = await system.api.get('/v1/me', accessToken);
    expect(me.body).toMatchObject({
      userType: 'career_services',
      memberships: [{ institutionId, status: 'active', roles: ['career_services_admin'], username: email }],
    });
    expect(
      await system.lastEvent('events.identity.membership.granted', { userId: added.body['userId'] }),
    ).toMatchObject({
      data: { userId: added.body['userId'], institutionId, roles: ['career_services_admin'] },
    });
  });

  it('lets an institution administrator add, list, re-role and remove staff', async () => {
    const director = await addStaffMember(system, platformAdmin, institutionId, 'career_services_admin');
    const adviser = await addStaffMember(
      system,
      director.token,
      institutionId,
      'career_services_staff',
      'Avery Adviser',
    );

    const list = await system.api.get<{ items: Array<Record<string, unknown>> }>(staffPath(), director.token);
    expect(list.status).toBe(200);
    expect(list.body.items).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          userId: adviser.id,
          role: 'career_services_staff',
          accountStatus: 'active',
        }),
        expect.objectContaining({ userId: director.id, role: 'career_services_admin' }),
      ]),
    );

    const promoted = await system.api.patch(
      `${staffPath()}/${adviser.id}`,
      { role: 'career_services_admin' },
      director.token,
    );
    expect(promoted.status).toBe(200);
    expect(promoted.body).toMatchObject({ role: 'career_services_admin' });

    const removed = await system.api.delete(`${staffPath()}/${adviser.id}`, director.token);
    expect(removed.status).toBe(204);
    expect(
      await system.lastEvent('events.identity.membership.revoked', { userId: adviser.id }),
    ).toMatchObject({
      data: { userId: adviser.id, institutionId },
    });
    const after = await system.api.get<{ items: Array<{ userId: string }> }>(staffPath(), director.token);
    expect(after.body.items.map((item) => item.userId)).not.toContain(adviser.id);
    // The removed person's next token has no membership here.
    const adviserAgain = await system.api.login(adviser.email, adviser.password);
    expect((await system.api.get(staffPath(), adviserAgain)).status).toBe(404);
  });

  it('keeps at least one administrator', async () => {
    const otherInstitution = await createInstitution(system, platformAdmin);
    const only = await addStaffMember(system, platformAdmin, otherInstitution, 'career_services_admin');

    const demoted = await system.api.patch(
      `${staffPath(otherInstitution)}/${only.id}`,
      { role: 'career_services_staff' },
      only.token,
    );
    const removed = await system.api.delete(`${staffPath(otherInstitution)}/${only.id}`, only.token);

    expect(demoted.status).toBe(409);
    expect(demoted.body).toMatchObject({ type: 'urn:careers:problem:last-administrator' });
    expect(removed.status).toBe(409);
  });

  it('lets staff without the staff:manage permission read but not change the staff (403)', async () => {
    const director = await addStaffMember(system, platformAdmin, institutionId, 'career_services_admin');
    const adviser = await addStaffMember(system, director.token, institutionId, 'career_services_staff');

    expect((await system.api.get(staffPath(), adviser.token)).status).toBe(200);
    const attempt = await system.api.post(
      staffPath(),
      { email: uniqueEmail(), name: 'Nope', role: 'career_services_staff' },
      adviser.token,
    );
    expect(attempt.status).toBe(403);
  });

  it("answers another institution's staff routes with a 404, never a 403", async () => {
    const otherInstitution = await createInstitution(system, platformAdmin);
    const outsider = await addStaffMember(system, platformAdmin, otherInstitution, 'career_services_admin');

    const list = await system.api.get(staffPath(), outsider.token);
    const add = await system.api.post(
      staffPath(),
      { email: uniqueEmail(), name: 'X', role: 'career_services_staff' },
      outsider.token,
    );

    expect(list.status).toBe(404);
    expect(add.status).toBe(404);
    const student = await createUser(system.db, { userType: 'student' });
    const studentToken = await system.api.login(student.email, student.password);
    expect((await system.api.get(staffPath(), studentToken)).status).toBe(404);
  });

  it('refuses as staff an email that belongs to another kind of account, with a 409', async () => {
    const student = await createUser(system.db, { userType: 'student' });

    const response = await system.api.post(
      staffPath(),
      { email: student.email.toUpperCase(), name: 'Student', role: 'career_services_staff' },
      platformAdmin,
    );

    expect(response.status).toBe(409);
    expect(response.body).toMatchObject({
      type: 'urn:careers:problem:email-taken',
      errors: [{ field: 'email' }],
    });
  });

  it('invites an existing career services user of another institution, whose role counts once they accept', async () => {
    const otherInstitution = await createInstitution(system, platformAdmin);
    const shared = await addStaffMember(system, platformAdmin, otherInstitution, 'career_services_staff');

    const added = await system.api.post(
      staffPath(),
      { email: shared.email, name: 'ignored', role: 'career_services_staff' },
      platformAdmin,
    );

    expect(added.status).toBe(201);
    expect(added.body).toMatchObject({
      userId: shared.id,
      accountStatus: 'active',
      membershipStatus: 'pending',
    });
    const invitation = await system.smtp.waitForMail(shared.email, /invited to join/);
    expect(invitation.text).toContain('http://web.test/staff-invitations');
    const beforeAccepting = await system.api.login(shared.email, STRONG_PASSWORD);
    expect((await system.api.get(staffPath(), beforeAccepting)).status).toBe(404);
    const invitedAgain = await system.api.post(
      staffPath(),
      { email: shared.email, name: 'x', role: 'career_services_staff' },
      platformAdmin,
    );
    expect(invitedAgain.status).toBe(201);

    const accepted = await system.api.post(
      `/v1/me/staff-invitations/${institutionId}/accept`,
      {},
      beforeAccepting,
    );
    expect(accepted.status).toBe(200);
    expect(accepted.body).toMatchObject({ userId: shared.id, membershipStatus: 'active' });
    expect((await system.api.get(staffPath(), beforeAccepting)).status).toBe(200);
    const again = await system.api.post(
      staffPath(),
      { email: shared.email, name: 'x', role: 'career_services_staff' },
      platformAdmin,
    );
    expect(again.status).toBe(409);
    expect(
      (await system.api.post(`/v1/me/staff-invitations/${institutionId}/accept`, {}, beforeAccepting)).status,
    ).toBe(404);
  });

  it('lets an invited person decline, which leaves them nothing at the institution', async () => {
    const otherInstitution = await createInstitution(system, platformAdmin);
    const invited = await addStaffMember(system, platformAdmin, otherInstitution, 'career_services_admin');
    const added = await system.api.post(
      staffPath(),
      { email: invited.email, name: 'x', role: 'career_services_admin' },
      platformAdmin,
    );
    expect(added.status).toBe(201);

    const declined = await system.api.post(
      `/v1/me/staff-invitations/${institutionId}/decline`,
      {},
      invited.token,
    );

    expect(declined.status).toBe(204);
    const me = await system.api.get<{ memberships: Array<{ institutionId: string }> }>(
      '/v1/me',
      invited.token,
    );
    expect(me.body.memberships.map((membership) => membership.institutionId)).toEqual([otherInstitution]);
    const staff = await system.api.get<{ items: Array<{ userId: string }> }>(staffPath(), platformAdmin);
    expect(staff.body.items.map((member) => member.userId)).not.toContain(invited.id);
  });

  it('answers bad bodies and ids with 400 problems naming the field, and an unknown institution with 404', async () => {
    const bad = await system.api.post(staffPath(), { email: 'nope', role: 'dean', extra: 1 }, platformAdmin);
    expect(bad.status).toBe(400);
    const fields = (bad.body['errors'] as Array<{ field: string }>).map((error) => error.field).sort();
    expect(fields).toEqual(['email', 'extra', 'name', 'role']);

    expect((await system.api.get('/v1/institutions/not-a-uuid/staff', platformAdmin)).status).toBe(400);
    expect(
      (await system.api.patch(`${staffPath()}/not-a-uuid`, { role: 'career_services_staff' }, platformAdmin))
        .status,
    ).toBe(400);
    const unknown = await system.api.get(staffPath('00000000-0000-4000-8000-000000000000'), platformAdmin);
    expect(unknown.status).toBe(404);
  });
});

import { addStaffMember, institutionWithStaff, TestSystem } from '@careers/testing';
import { createHash, randomUUID } from 'node:crypto';
import { SCIM_ERROR, ScimClient, scimToken, USER_SCHEMA } from './support/scim-client';

describe('SCIM tokens: made by an administrator, shown once, kept as digests, revoked at once, one school each', () => {
  let system: TestSystem;
  let schoolA: string;
  let schoolB: string;
  let adminA: string;
  let adminB: string;
  let platformAdmin: string;

  beforeAll(async () => {
    system = await TestSystem.start({ apps: ['gateway', 'identity', 'directory', 'onboarding', 'importer'] });
    const a = await institutionWithStaff(system, 'career_services_admin');
    const b = await institutionWithStaff(system, 'career_services_admin');
    ({ institutionId: schoolA, admin: platformAdmin } = a);
    schoolB = b.institutionId;
    adminA = a.staff.token;
    adminB = b.staff.token;
  });

  afterAll(async () => {
    await system?.stop();
  });

  const person = (userName: string) => ({
    schemas: [USER_SCHEMA],
    userName,
    name: { givenName: 'Tok', familyName: 'En' },
    emails: [{ value: `${userName}@tokens.test`, primary: true }],
    active: true,
  });

  it('shows the token once, keeps only its digest, and lists tokens without secrets', async () => {
    const made = await system.api.post(
      `/v1/institutions/${schoolA}/scim-tokens`,
      { label: 'Entra ID students', userType: 'student' },
      adminA,
    );

    expect(made.status).toBe(201);
    const token = made.body['token'] as string;
    expect(token).toMatch(/^scim_[A-Za-z0-9_-]{43}$/);
    expect(made.body).toMatchObject({ label: 'Entra ID students', userType: 'student', revokedAt: null });
    const [stored] = await system.db.query<{ digest: string }>(
      'select digest from identity.scim_token where id = $1',
      [made.body['id']],
    );
    expect(stored.digest).toBe(createHash('sha256').update(token).digest('hex'));
    const listed = await system.api.get(`/v1/institutions/${schoolA}/scim-tokens`, adminA);
    expect(listed.status).toBe(200);
    expect(JSON.stringify(listed.body)).not.toContain(token);
    expect(listed.body['items']).toEqual(
      expect.arrayContaining([expect.objectContaining({ id: made.body['id'], label: 'Entra ID students' })]),
    );
  });

  it('lets only administrators of the school manage its tokens', async () => {
    const staff = await addStaffMember(system, platformAdmin, schoolA, 'career_services_staff');
    const body = { label: 'x', userType: 'student' };

    expect((await system.api.post(`/v1/institutions/${schoolA}/scim-tokens`, body, staff.token)).status).toBe(
      403,
    );
    expect((await system.api.post(`/v1/institutions/${schoolA}/scim-tokens`, body, adminB)).status).toBe(404);
    expect((await system.api.get(`/v1/institutions/${schoolA}/scim-tokens`, adminB)).status).toBe(404);
    expect(
      (
        await system.api.post(
          `/v1/institutions/${schoolA}/scim-tokens`,
          { label: '', userType: 'employer' },
          adminA,
        )
      ).status,
    ).toBe(400);
  });

  it('refuses a revoked token at once, with a SCIM 401', async () => {
    const { id, token } = await scimToken(system, schoolA, adminA);
    const scim = new ScimClient(system, token);
    expect((await scim.get('/Users?count=1')).status).toBe(200);

    const revoked = await system.api.delete(`/v1/institutions/${schoolA}/scim-tokens/${id}`, adminA);

    expect(revoked.status).toBe(200);
    expect(revoked.body['revokedAt']).toEqual(expect.any(String));
    const refused = await scim.get('/Users?count=1');
    expect(refused.status).toBe(401);
    expect(refused.contentType).toContain('application/scim+json');
    expect(refused.body).toMatchObject({ schemas: [SCIM_ERROR], status: '401' });
    expect((await scim.post('/Users', person(`revoked-${randomUUID().slice(0, 6)}`))).status).toBe(401);
    expect((await system.api.delete(`/v1/institutions/${schoolB}/scim-tokens/${id}`, adminB)).status).toBe(
      404,
    );
  });

  it('refuses requests without a token, with a person access token, or with a made-up one', async () => {
    for (const token of ['', adminA, `scim_${'A'.repeat(43)}`]) {
      const response = await fetch(`${system.api.baseUrl}/scim/v2/Users`, {
        headers: token ? { authorization: `Bearer ${token}` } : {},
      });
      expect(response.status).toBe(401);
      expect(await response.json()).toMatchObject({ schemas: [SCIM_ERROR], status: '401' });
    }
  });

  it("keeps a school's token to its own people: school B's token sees and changes nothing of school A", async () => {
    const scimA = new ScimClient(system, (await scimToken(system, schoolA, adminA)).token);
    const scimB = new ScimClient(system, (await scimToken(system, schoolB, adminB)).token);
    const userName = `only-a-${randomUUID().slice(0, 6)}`;
    const created = await scimA.post('/Users', person(userName));
    const id = created.body['id'] as string;

    expect((await scimB.byUserName(userName)).body).toMatchObject({ totalResults: 0 });
    expect((await scimB.get(`/Users/${id}`)).status).toBe(404);
    expect((await scimB.put(`/Users/${id}`, person(userName))).status).toBe(404);
    expect(
      (await scimB.patch(`/Users/${id}`, { Operations: [{ op: 'replace', value: { active: false } }] }))
        .status,
    ).toBe(404);
    expect((await scimA.get(`/Users/${id}`)).body).toMatchObject({ active: true });
  });
});

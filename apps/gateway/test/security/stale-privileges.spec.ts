import { TestSystem, addStaffMember, createInstitution, Person } from '@careers/testing';
import { statusWithin } from '../support/status-within';

/**
 * A token says what its holder could do when it was issued; what they may do is what they hold now. A removed or
 * demoted administrator keeps a valid token for up to 15 minutes, and must not be able to use it to restore their
 * role, to act on staff, settings, users or imports, or (within seconds) to read what their new roles do not show.
 */
describe('privileges taken away take effect at once', () => {
  let system: TestSystem;
  let platformAdmin: string;

  beforeAll(async () => {
    system = await TestSystem.start({ apps: ['gateway', 'identity', 'directory'] });
    platformAdmin = await system.adminToken();
  }, 60_000);

  afterAll(async () => {
    await system?.stop();
  });

  async function schoolWithTwoAdministrators(): Promise<{ school: string; first: Person; second: Person }> {
    const school = await createInstitution(system, platformAdmin);
    const first = await addStaffMember(system, platformAdmin, school, 'career_services_admin');
    const second = await addStaffMember(system, platformAdmin, school, 'career_services_admin');
    return { school, first, second };
  }

  const staffPath = (school: string, userId = '') =>
    `/v1/institutions/${school}/staff${userId && `/${userId}`}`;

  it('a demoted administrator cannot promote themselves back or demote the one who demoted them', async () => {
    const { school, first, second } = await schoolWithTwoAdministrators();
    expect((await system.api.get(staffPath(school), first.token)).status).toBe(200);
    const demoted = await system.api.patch(
      staffPath(school, first.id),
      { role: 'career_services_staff' },
      second.token,
    );
    expect(demoted.status).toBe(200);

    const promoteSelf = await system.api.patch(
      staffPath(school, first.id),
      { role: 'career_services_admin' },
      first.token,
    );
    const demoteOther = await system.api.patch(
      staffPath(school, second.id),
      { role: 'career_services_staff' },
      first.token,
    );
    const settings = await system.api.patch(
      `/v1/institutions/${school}/settings`,
      { usesSingleSignOn: true },
      first.token,
    );

    expect([promoteSelf.status, demoteOther.status, settings.status]).toEqual([403, 403, 403]);
    const staff = await system.api.get<{ items: Array<{ userId: string; role: string }> }>(
      staffPath(school),
      platformAdmin,
    );
    expect(staff.body.items).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ userId: first.id, role: 'career_services_staff' }),
        expect.objectContaining({ userId: second.id, role: 'career_services_admin' }),
      ]),
    );
  });

  it('a removed administrator cannot add themselves back, and their reads stop within 5 seconds', async () => {
    const { school, first, second } = await schoolWithTwoAdministrators();
    expect((await system.api.get(staffPath(school), first.token)).status).toBe(200);
    expect((await system.api.delete(staffPath(school, first.id), second.token)).status).toBe(204);
    const removedAt = Date.now();

    const addBack = await system.api.post(
      staffPath(school),
      { email: first.email, name: 'Back again', role: 'career_services_admin' },
      first.token,
    );
    expect(addBack.status).toBe(404);

    const readStatus = await statusWithin(5_000, 404, () =>
      system.api.get(`/v1/institutions/${school}/users`, first.token),
    );
    expect(readStatus).toBe(404);
    expect(Date.now() - removedAt).toBeLessThan(5_000);
  });

  it('leaves an administrator when two demote each other at the same moment', async () => {
    for (let round = 0; round < 3; round += 1) {
      const { school, first, second } = await schoolWithTwoAdministrators();
      const [one, two] = await Promise.all([
        system.api.patch(staffPath(school, second.id), { role: 'career_services_staff' }, first.token),
        system.api.patch(staffPath(school, first.id), { role: 'career_services_staff' }, second.token),
      ]);

      expect([one.status, two.status].sort()).toEqual([200, 403]);
      const staff = await system.api.get<{ items: Array<{ role: string }> }>(
        staffPath(school),
        platformAdmin,
      );
      expect(staff.body.items.filter((member) => member.role === 'career_services_admin')).toHaveLength(1);
    }
  });

  it('leaves an administrator when two remove each other at the same moment', async () => {
    const { school, first, second } = await schoolWithTwoAdministrators();
    const [one, two] = await Promise.all([
      system.api.delete(staffPath(school, second.id), first.token),
      system.api.delete(staffPath(school, first.id), second.token),
    ]);

    expect([one.status, two.status].sort()).toEqual([204, 403]);
    const staff = await system.api.get<{ items: Array<{ role: string }> }>(staffPath(school), platformAdmin);
    expect(staff.body.items.filter((member) => member.role === 'career_services_admin')).toHaveLength(1);
  });

  it('a token of an account that is gone is refused on every route', async () => {
    const school = await createInstitution(system, platformAdmin);
    const person = await addStaffMember(system, platformAdmin, school, 'career_services_staff');
    await system.db.query(`update identity.user_account set status = 'disabled' where id = $1`, [person.id]);

    expect(
      (await system.api.post(`/v1/institutions/${school}/labels`, { name: 'x' }, person.token)).status,
    ).toBe(401);
    expect((await system.api.get('/v1/me', person.token)).status).toBe(401);
  });
});

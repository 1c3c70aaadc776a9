import { ApiResponse, TestSystem, addStaffMember, createInstitution, Person } from '@careers/testing';
import { answeredWith, ROUNDS, statusesOf, together } from '../support/together';

interface StaffMember {
  userId: string;
  email: string;
  role: string;
  membershipStatus: string;
}

type StaffChange = (actor: Person, target: Person) => Promise<ApiResponse>;

describe('the last administrator of a school, under staff changes sent at the same moment', () => {
  let system: TestSystem;
  let platformAdmin: string;
  let institutionId: string;
  let administrators: Person[];

  beforeAll(async () => {
    system = await TestSystem.start({ apps: ['gateway', 'identity', 'directory'] });
    platformAdmin = await system.adminToken();
    institutionId = await createInstitution(system, platformAdmin);
    administrators = [
      await addStaffMember(system, platformAdmin, institutionId, 'career_services_admin', 'Ada Admin'),
      await addStaffMember(system, platformAdmin, institutionId, 'career_services_admin', 'Bo Admin'),
    ];
  });

  afterAll(async () => {
    await system?.stop();
  });

  const staffPath = (userId = '') => `/v1/institutions/${institutionId}/staff${userId && `/${userId}`}`;
  const demote: StaffChange = (actor, target) =>
    system.api.patch(staffPath(target.id), { role: 'career_services_staff' }, actor.token);
  const remove: StaffChange = (actor, target) => system.api.delete(staffPath(target.id), actor.token);

  async function activeAdministrators(): Promise<StaffMember[]> {
    const staff = await system.api.get<{ items: StaffMember[] }>(staffPath(), platformAdmin);
    return staff.body.items.filter(
      (member) => member.role === 'career_services_admin' && member.membershipStatus === 'active',
    );
  }

  /** Both people are administrators again, as the platform administrator makes them, with fresh tokens. */
  async function restoreBoth(): Promise<void> {
    for (const person of administrators) {
      const current = (
        await system.api.get<{ items: StaffMember[] }>(staffPath(), platformAdmin)
      ).body.items.find((member) => member.userId === person.id);
      if (!current) {
        const added = await system.api.post(
          staffPath(),
          { email: person.email, name: 'Back Again', role: 'career_services_admin' },
          platformAdmin,
        );
        expect(added.status).toBe(201);
        const accepted = await system.api.post(
          `/v1/me/staff-invitations/${institutionId}/accept`,
          {},
          person.token,
        );
        expect(accepted.status).toBe(200);
      } else if (current.role !== 'career_services_admin') {
        expect(
          (await system.api.patch(staffPath(person.id), { role: 'career_services_admin' }, platformAdmin))
            .status,
        ).toBe(200);
      }
      person.token = await system.api.login(person.email, person.password);
    }
    expect(await activeAdministrators()).toHaveLength(2);
  }

  /** The two administrators act on each other at once: one wins, the other is refused, one administrator is left. */
  async function raceEachOther(first: StaffChange, second: StaffChange, success: number): Promise<void> {
    for (let round = 0; round < ROUNDS; round++) {
      await restoreBoth();
      const [ada, bo] = administrators;

      const answers = await together(2, (index) => (index === 0 ? first(ada, bo) : second(bo, ada)));

      expect(answeredWith(answers, success)).toHaveLength(1);
      const refused = answers.find((answer) => answer.status !== success) as ApiResponse;
      expect([403, 409]).toContain(refused.status);
      expect(refused.body['type']).toMatch(/^urn:careers:problem:/);
      expect(await activeAdministrators()).toHaveLength(1);
    }
  }

  it('keeps one administrator when two demote each other at once', async () => {
    await raceEachOther(demote, demote, 200);
  });

  it('keeps one administrator when two remove each other at once', async () => {
    await raceEachOther(remove, remove, 204);
  });

  it('keeps one administrator when one demotes the other while being removed by them', async () => {
    for (let round = 0; round < ROUNDS; round++) {
      await restoreBoth();
      const [ada, bo] = administrators;

      const answers = await together(2, (index) => (index === 0 ? demote(ada, bo) : remove(bo, ada)));

      expect(statusesOf(answers).filter((status) => status === 200 || status === 204)).toHaveLength(1);
      expect(await activeAdministrators()).toHaveLength(1);
    }
  });
});

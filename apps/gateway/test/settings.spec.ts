import {
  TestSystem,
  addStaffMember,
  createInstitution,
  Person,
  institutionWithStaff,
} from '@careers/testing';

interface Settings {
  institutionId: string;
  employerApproval: { approval: string; permissions: string[] } | null;
  usesSingleSignOn: boolean;
  acceptsStudentRequests: boolean;
  updatedBy: string | null;
  updatedAt: string;
}

describe("an institution's settings", () => {
  let system: TestSystem;
  let admin: string;
  let institutionId: string;
  let csAdmin: Person;
  let csStaff: Person;

  beforeAll(async () => {
    system = await TestSystem.start({ apps: ['gateway', 'identity', 'directory'] });
    ({ admin, institutionId, staff: csAdmin } = await institutionWithStaff(system, 'career_services_admin'));
    csStaff = await addStaffMember(system, admin, institutionId, 'career_services_staff');
  });

  afterAll(async () => {
    await system?.stop();
  });

  const path = () => `/v1/institutions/${institutionId}/settings`;

  it('starts with the employer-approval default unset', async () => {
    const response = await system.api.get<Settings>(path(), csStaff.token);

    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({
      institutionId,
      employerApproval: null,
      usesSingleSignOn: false,
      acceptsStudentRequests: true,
      updatedBy: null,
    });
  });

  it('lets an administrator set the default approval and what approved employers may do, and announces it', async () => {
    const response = await system.api.patch<Settings>(
      path(),
      { employerApproval: { approval: 'automatic', permissions: ['post_jobs', 'post_events'] } },
      csAdmin.token,
    );
    const event = await system.lastEvent('events.directory.institution.settings-updated', {
      updatedAt: response.body.updatedAt,
    });
    const sso = await system.api.patch<Settings>(path(), { usesSingleSignOn: true }, csAdmin.token);

    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({
      employerApproval: { approval: 'automatic', permissions: ['post_jobs', 'post_events'] },
      updatedBy: csAdmin.id,
    });
    expect(event['data']).toMatchObject({ institutionId, employerApproval: response.body.employerApproval });
    expect(sso.body).toMatchObject({ usesSingleSignOn: true, employerApproval: { approval: 'automatic' } });
  });

  it('lets staff read the settings but not change them', async () => {
    const response = await system.api.patch(path(), { usesSingleSignOn: false }, csStaff.token);

    expect(response.status).toBe(403);
  });

  it('names each invalid setting', async () => {
    const response = await system.api.patch<{ errors: Array<{ field: string }> }>(
      path(),
      {
        employerApproval: { approval: 'sometimes', permissions: ['rule_the_world'] },
        usesSingleSignOn: 'yes',
      },
      csAdmin.token,
    );
    const missing = await system.api.patch<{ errors: Array<{ field: string }> }>(
      path(),
      { employerApproval: { approval: 'review' } },
      csAdmin.token,
    );

    expect(response.status).toBe(400);
    expect(response.body.errors.map((error) => error.field).sort()).toEqual([
      'employerApproval.approval',
      'employerApproval.permissions',
      'usesSingleSignOn',
    ]);
    expect(missing.status).toBe(400);
    expect(missing.body.errors.map((error) => error.field)).toEqual(['employerApproval.permissions']);
  });

  it("is a 404 for another institution's staff", async () => {
    const other = await createInstitution(system, admin);
    const otherAdmin = await addStaffMember(system, admin, other, 'career_services_admin');

    expect((await system.api.get(path(), otherAdmin.token)).status).toBe(404);
    expect((await system.api.patch(path(), { usesSingleSignOn: true }, otherAdmin.token)).status).toBe(404);
  });
});

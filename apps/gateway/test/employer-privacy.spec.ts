import {
  createMembership,
  TestSystem,
  waitFor,
  addContact,
  addStaffMember,
  createInstitution,
  Person,
  signUpVerified,
  institutionWithStaff,
} from '@careers/testing';

interface Profile {
  id: string;
  userType: string;
  profile: 'visible' | 'private';
  privacyNote: string | null;
  name: string | null;
  email: string | null;
  phone: string | null;
  membership: { status: string } | null;
}

describe("the privacy of employers' profiles", () => {
  let system: TestSystem;
  let admin: string;
  let institutionId: string;
  let staff: Person;

  beforeAll(async () => {
    system = await TestSystem.start({ apps: ['gateway', 'identity', 'directory'] });
    ({ admin, institutionId, staff } = await institutionWithStaff(system, 'career_services_staff'));
  });

  afterAll(async () => {
    await system?.stop();
  });

  const profile = (userId: string, token = staff.token, inInstitution = institutionId) =>
    system.api.get<Profile>(`/v1/institutions/${inInstitution}/users/${userId}`, token);
  const employerWithPhone = async (name: string): Promise<Person> => {
    const employer = await signUpVerified(system, 'employer', name);
    const patched = await system.api.patch('/v1/me', { phone: '+1 555 0100' }, employer.token);
    expect(patched.body).toMatchObject({ name, phone: '+1 555 0100' });
    return employer;
  };

  it('hides the profile of a connected employer who is not a contact, and says so', async () => {
    const employer = await employerWithPhone('Hidden Hana');
    await createMembership(system.db, employer, institutionId, { status: 'pending', roles: ['employer'] });

    const response = await profile(employer.id);
    const listed = await system.api.get<{ items: Profile[] }>(
      `/v1/institutions/${institutionId}/users?userType=employer`,
      staff.token,
    );
    const byName = await system.api.get<{ items: Profile[] }>(
      `/v1/institutions/${institutionId}/users?q=Hana`,
      staff.token,
    );
    const byEmail = await system.api.get<{ items: Profile[] }>(
      `/v1/institutions/${institutionId}/users?email=${encodeURIComponent(employer.email)}`,
      staff.token,
    );

    expect(response.status).toBe(200);
    expect(response.body).toEqual({
      id: employer.id,
      userType: 'employer',
      profile: 'private',
      privacyNote: expect.stringContaining('not a contact'),
      name: null,
      email: null,
      phone: null,
      status: null,
      membership: null,
      pendingEmail: null,
      createdAt: null,
    });
    expect(JSON.stringify(listed.body)).not.toContain(employer.email);
    expect(byName.body.items).toEqual([]);
    expect(byEmail.body.items).toEqual([]);
  });

  it('shows name, email and phone once the employer is a contact of the institution', async () => {
    const employer = await employerWithPhone('Visible Vic');
    await createMembership(system.db, employer, institutionId, { status: 'active', roles: ['employer'] });
    await addContact(system, staff.token, institutionId, { email: employer.email });

    const shown = await waitFor('the contact link to reach identity', async () => {
      const response = await profile(employer.id);
      return response.body.profile === 'visible' ? response.body : undefined;
    });
    const byName = await system.api.get<{ items: Profile[] }>(
      `/v1/institutions/${institutionId}/users?q=Visible%20Vic`,
      staff.token,
    );

    expect(shown).toMatchObject({
      name: 'Visible Vic',
      email: employer.email,
      phone: '+1 555 0100',
      privacyNote: null,
      membership: { status: 'active' },
    });
    expect(byName.body.items.map((item) => item.id)).toEqual([employer.id]);
  });

  it('shows an employer who is only a contact (not a member), and nothing of an employer who is neither', async () => {
    const contactOnly = await employerWithPhone('Contact Cleo');
    const stranger = await employerWithPhone('Stranger Sam');
    await addContact(system, staff.token, institutionId, { email: contactOnly.email });

    const shown = await waitFor('the contact link to reach identity', async () => {
      const response = await profile(contactOnly.id);
      return response.status === 200 ? response.body : undefined;
    });

    expect(shown).toMatchObject({ profile: 'visible', name: 'Contact Cleo', membership: null });
    expect((await profile(stranger.id)).status).toBe(404);
  });

  it("keeps the profile private to an institution whose contact the employer is not, even if another's", async () => {
    const employer = await employerWithPhone('Elsewhere Eli');
    const other = await createInstitution(system, admin);
    const otherStaff = await addStaffMember(system, admin, other, 'career_services_staff');
    await createMembership(system.db, employer, institutionId, { status: 'active', roles: ['employer'] });
    await createMembership(system.db, employer, other, { status: 'active', roles: ['employer'] });
    await addContact(system, otherStaff.token, other, { email: employer.email });
    await waitFor('the contact link to reach identity', async () => {
      const response = await profile(employer.id, otherStaff.token, other);
      return response.body.profile === 'visible' ? true : undefined;
    });

    expect((await profile(employer.id)).body.profile).toBe('private');
  });

  it('shows students of the institution in full', async () => {
    const student = await signUpVerified(system, 'student', 'Open Olga');
    await createMembership(system.db, student, institutionId);

    expect((await profile(student.id)).body).toMatchObject({ profile: 'visible', name: 'Open Olga' });
  });
});

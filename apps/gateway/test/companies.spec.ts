import { TestSystem } from '@careers/testing';
import { randomUUID } from 'node:crypto';
import { addContact } from './support/address-book';
import { addStaffMember, createInstitution, Person, signUpVerified } from './support/people';

interface Company {
  id: string;
  name: string;
  domain: string | null;
  staffCount: number;
  createdByInstitutionId: string | null;
}

describe('companies and their staff', () => {
  let system: TestSystem;
  let admin: string;
  let institutionId: string;
  let staff: Person;

  beforeAll(async () => {
    system = await TestSystem.start({ apps: ['gateway', 'identity', 'directory'] });
    admin = await system.adminToken();
    institutionId = await createInstitution(system, admin);
    staff = await addStaffMember(system, admin, institutionId, 'career_services_staff');
  });

  afterAll(async () => {
    await system?.stop();
  });

  const domain = (label: string) => `${label}-${randomUUID().slice(0, 6)}.example`;

  it('lets an institution make a profile with no staff at all', async () => {
    const response = await system.api.post<Company>(
      '/v1/companies',
      { name: 'Globex Corporation', domain: domain('globex'), institutionId },
      staff.token,
    );

    expect(response.status).toBe(201);
    expect(response.body).toMatchObject({
      name: 'Globex Corporation',
      staffCount: 0,
      createdByInstitutionId: institutionId,
    });
    expect((await system.api.get(`/v1/companies/${response.body.id}/staff`, staff.token)).body).toEqual({
      items: [],
    });
  });

  it('refuses a profile for an institution the caller is not staff of (404) or may not write to (403)', async () => {
    const other = await createInstitution(system, admin);
    const student = await signUpVerified(system, 'student');

    const outsider = await system.api.post('/v1/companies', { name: 'X', institutionId: other }, staff.token);
    const byStudent = await system.api.post('/v1/companies', { name: 'Y' }, student.token);

    expect(outsider.status).toBe(404);
    expect(byStudent.status).toBe(403);
  });

  it('makes the employer who creates a profile its first staff member; they may leave and the profile stays', async () => {
    const employer = await signUpVerified(system, 'employer', 'Eve Employer');
    const created = await system.api.post<Company>(
      '/v1/companies',
      { name: 'Hooli', domain: domain('hooli') },
      employer.token,
    );
    const staffList = await system.api.get<{ items: Array<{ userId: string }> }>(
      `/v1/companies/${created.body.id}/staff`,
      staff.token,
    );
    const joined = await system.lastEvent('events.directory.company.staff-joined', {
      companyId: created.body.id,
    });

    const left = await system.api.delete(
      `/v1/companies/${created.body.id}/staff/${employer.id}`,
      employer.token,
    );
    const after = await system.api.get<Company>(`/v1/companies/${created.body.id}`, staff.token);

    expect(created.status).toBe(201);
    expect(created.body.staffCount).toBe(1);
    expect(staffList.body.items.map((member) => member.userId)).toEqual([employer.id]);
    expect(joined['data']).toEqual({ companyId: created.body.id, userId: employer.id });
    expect(left.status).toBe(204);
    expect(after.body.staffCount).toBe(0);
  });

  it('lets employers join one company at a time, and only employers', async () => {
    const company = await system.api.post<Company>(
      '/v1/companies',
      { name: 'Umbrella', institutionId },
      staff.token,
    );
    const second = await system.api.post<Company>(
      '/v1/companies',
      { name: 'Cyberdyne', institutionId },
      staff.token,
    );
    const employer = await signUpVerified(system, 'employer', 'Jo Joiner');
    const student = await signUpVerified(system, 'student');

    const join = await system.api.post(`/v1/companies/${company.body.id}/staff`, {}, employer.token);
    const again = await system.api.post(`/v1/companies/${company.body.id}/staff`, {}, employer.token);
    const elsewhere = await system.api.post<{ detail: string }>(
      `/v1/companies/${second.body.id}/staff`,
      {},
      employer.token,
    );
    const byStudent = await system.api.post(`/v1/companies/${company.body.id}/staff`, {}, student.token);
    const removeOther = await system.api.delete(
      `/v1/companies/${company.body.id}/staff/${employer.id}`,
      student.token,
    );

    expect(join.status).toBe(201);
    expect(again.status).toBe(201);
    expect(elsewhere.status).toBe(409);
    expect(elsewhere.body.detail).toContain('Umbrella');
    expect(byStudent.status).toBe(403);
    // The staff list is public, so a refusal hides nothing: it says who may.
    expect(removeOther.status).toBe(403);
    expect(removeOther.body['type']).toBe('urn:careers:problem:only-themselves-leave');
  });

  it('finds companies by part of the name and by domain; a taken domain is a 409 naming the company', async () => {
    const initrode = domain('initrode');
    const created = await system.api.post<Company>(
      '/v1/companies',
      { name: 'Initrode Global', domain: initrode, institutionId },
      staff.token,
    );
    const duplicate = await system.api.post<{ detail: string }>(
      '/v1/companies',
      { name: 'Initrode Copy', domain: initrode.toUpperCase(), institutionId },
      staff.token,
    );

    const byName = await system.api.get<{ items: Company[] }>('/v1/companies?q=TRODE%20G', staff.token);
    const byDomain = await system.api.get<{ items: Company[] }>(
      `/v1/companies?domain=${initrode.toUpperCase()}`,
      staff.token,
    );

    expect(duplicate.status).toBe(409);
    expect(duplicate.body.detail).toContain(created.body.id);
    expect(byName.body.items.map((company) => company.id)).toEqual([created.body.id]);
    expect(byDomain.body.items.map((company) => company.id)).toEqual([created.body.id]);
  });

  it("gives a contact the company profile's name, and refuses an unknown company", async () => {
    const company = await system.api.post<Company>(
      '/v1/companies',
      { name: 'Vandelay Industries', institutionId },
      staff.token,
    );

    const contact = await addContact(system, staff.token, institutionId, { companyId: company.body.id });
    const unknown = await system.api.post<{ errors: Array<{ field: string }> }>(
      `/v1/institutions/${institutionId}/contacts`,
      { firstName: 'A', lastName: 'B', email: `${randomUUID()}@example.test`, companyId: randomUUID() },
      staff.token,
    );

    expect(contact.companyName).toBe('Vandelay Industries');
    expect(unknown.status).toBe(422);
    expect(unknown.body.errors[0].field).toBe('companyId');
  });
});

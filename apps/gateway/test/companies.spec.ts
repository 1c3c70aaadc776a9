import {
  TestSystem,
  addContact,
  addStaffMember,
  createInstitution,
  Person,
  signUpVerified,
  institutionWithStaff,
  waitFor,
} from '@careers/testing';
import { randomUUID } from 'node:crypto';
import { everyPage, expectPagingChecked } from './support/pages';

interface Company {
  id: string;
  name: string;
  domain: string | null;
  website: string | null;
  createdAt: string;
}

interface StaffList {
  items: Array<{ userId: string; name: string | null; joinedAt: string }>;
}

/** All a company reply may carry: the company's own facts. */
const COMPANY_FACTS = ['createdAt', 'domain', 'id', 'name', 'website'];

describe('companies and their staff', () => {
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

  const domain = (label: string) => `${label}-${randomUUID().slice(0, 6)}.example`;

  it('lets an institution make a profile with no staff at all', async () => {
    const response = await system.api.post<Company>(
      '/v1/companies',
      { name: 'Globex Corporation', domain: domain('globex'), institutionId },
      staff.token,
    );

    expect(response.status).toBe(201);
    expect(response.body.name).toBe('Globex Corporation');
    expect(Object.keys(response.body).sort()).toEqual(COMPANY_FACTS);
    expect((await system.api.get(`/v1/companies/${response.body.id}/staff`, admin)).body).toEqual({
      items: [],
      nextCursor: null,
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
    const hooli = domain('hooli');
    const employer = await signUpVerified(system, 'employer', 'Eve Employer', `eve@${hooli}`);
    const created = await system.api.post<Company>(
      '/v1/companies',
      { name: 'Hooli', domain: hooli },
      employer.token,
    );
    const staffList = await system.api.get<StaffList>(
      `/v1/companies/${created.body.id}/staff`,
      employer.token,
    );
    const joined = await system.lastEvent('events.directory.company.staff-joined', {
      companyId: created.body.id,
    });

    const left = await system.api.delete(
      `/v1/companies/${created.body.id}/staff/${employer.id}`,
      employer.token,
    );
    const after = await system.api.get<Company>(`/v1/companies/${created.body.id}`, staff.token);
    const staffAfter = await system.api.get<StaffList>(`/v1/companies/${created.body.id}/staff`, admin);

    expect(created.status).toBe(201);
    expect(staffList.body.items.map((member) => member.userId)).toEqual([employer.id]);
    expect(joined['data']).toEqual({ companyId: created.body.id, userId: employer.id });
    expect(left.status).toBe(204);
    expect(after.status).toBe(200);
    expect(staffAfter.body.items).toEqual([]);
  });

  it('names the staff to each other and to the platform administrator, as they are called now', async () => {
    const piper = domain('piper');
    const founder = await signUpVerified(system, 'employer', 'Fay Founder', `fay@${piper}`);
    const company = await system.api.post<Company>(
      '/v1/companies',
      { name: 'Pied Piper', domain: piper },
      founder.token,
    );
    const colleague = await signUpVerified(system, 'employer', 'Cal Colleague', `cal@${piper}`);
    const names = async (token: string) =>
      (await system.api.get<StaffList>(`/v1/companies/${company.body.id}/staff`, token)).body.items.map(
        (member) => member.name,
      );

    const joined = await system.api.post(`/v1/companies/${company.body.id}/staff`, {}, colleague.token);
    const seenByFounder = await names(founder.token);
    const seenByAdmin = await names(admin);
    const renamed = await system.api.patch('/v1/me', { name: 'Cal Coder' }, colleague.token);

    expect(joined.body).toMatchObject({ userId: colleague.id, name: 'Cal Colleague' });
    expect(seenByFounder).toEqual(['Fay Founder', 'Cal Colleague']);
    expect(seenByAdmin).toEqual(seenByFounder);
    expect(renamed.status).toBe(200);
    await waitFor('the staff list to give the new name', async () =>
      (await names(founder.token))[1] === 'Cal Coder' ? true : undefined,
    );
  });

  it('takes on staff of a company with a domain from an email at it (or under it) only, so no stranger reads its staff', async () => {
    const initech = domain('initech');
    const profile = await system.api.post<Company>(
      '/v1/companies',
      { name: 'Initech', domain: initech, institutionId },
      staff.token,
    );
    const stranger = await signUpVerified(system, 'employer', 'Sly Stranger');
    const lookalike = await signUpVerified(system, 'employer', 'Lou Lookalike', `lou@not${initech}`);
    const insider = await signUpVerified(system, 'employer', 'Ina Insider', `ina@emea.${initech}`);
    const join = (person: Person) =>
      system.api.post(`/v1/companies/${profile.body.id}/staff`, {}, person.token);

    const refused = await join(stranger);
    const lookalikeRefused = await join(lookalike);
    const claim = await system.api.post(
      '/v1/companies',
      { name: 'Initech Clone', domain: domain('clone') },
      stranger.token,
    );
    const joined = await join(insider);

    expect([refused.status, lookalikeRefused.status, claim.status]).toEqual([403, 403, 403]);
    expect(refused.body).toMatchObject({ type: 'urn:careers:problem:company-domain-mismatch' });
    expect(refused.body['detail']).toContain(initech);
    expect(joined.status).toBe(201);
    const staffList = await system.api.get<StaffList>(`/v1/companies/${profile.body.id}/staff`, admin);
    expect(staffList.body.items.map((member) => member.userId)).toEqual([insider.id]);
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
    // The refusal depends only on who asks, not on who is on the staff, so it may say who may.
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

  it('pages the search by cursor, by name then id, each company once, names repeating across pages', async () => {
    const word = `Paged${randomUUID().slice(0, 6)}`;
    // Two companies of each name, so that pages also break between companies of the same name.
    for (const name of ['Charlie', 'Alpha', 'Bravo', 'Alpha', 'Charlie', 'Bravo', 'Delta']) {
      const created = await system.api.post(
        '/v1/companies',
        { name: `${word} ${name}`, institutionId },
        staff.token,
      );
      expect(created.status).toBe(201);
    }
    const written = await system.db.query<{ id: string }>(
      `select id from directory.company where name_key like $1 order by name_key, id`,
      [`${word.toLowerCase()}%`],
    );

    const pages = await everyPage<Company>(system, `/v1/companies?q=${word}`, staff.token, 2);

    expect(pages.map((page) => page.length)).toEqual([2, 2, 2, 1]);
    expect(pages.flat().map((company) => company.id)).toEqual(written.map((row) => row.id));
    await expectPagingChecked(system, `/v1/companies?q=${word}`, staff.token);
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

  it('shows everyone the same company facts, naming no school that keeps a profile and counting no staff', async () => {
    const otherSchool = await createInstitution(system, admin);
    const otherStaff = await addStaffMember(system, admin, otherSchool, 'career_services_staff');
    const employer = await signUpVerified(system, 'employer', 'Pat Poster');
    const student = await signUpVerified(system, 'student');
    const word = `Zorblat${randomUUID().slice(0, 6)}`;
    const ours = await system.api.post<Company>(
      '/v1/companies',
      { name: `${word} Ours`, institutionId },
      staff.token,
    );
    await system.api.post(
      '/v1/companies',
      { name: `${word} Theirs`, institutionId: otherSchool },
      otherStaff.token,
    );
    await system.api.post('/v1/companies', { name: `${word} Own` }, employer.token);
    const callers = [admin, staff.token, otherStaff.token, employer.token, student.token];

    const searches = await Promise.all(
      callers.map((token) => system.api.get<{ items: Company[] }>(`/v1/companies?q=${word}`, token)),
    );
    const replies = await Promise.all(
      callers.map((token) => system.api.get<Company>(`/v1/companies/${ours.body.id}`, token)),
    );

    expect(searches[0].body.items.map((company) => company.name)).toEqual([
      `${word} Ours`,
      `${word} Own`,
      `${word} Theirs`,
    ]);
    for (const search of searches) expect(search.body).toEqual(searches[0].body);
    for (const reply of replies) expect(reply.body).toEqual(replies[0].body);
    for (const company of [...searches[0].body.items, replies[0].body]) {
      expect(Object.keys(company).sort()).toEqual(COMPANY_FACTS);
    }
    const said = JSON.stringify([searches[0].body, replies[0].body]);
    expect(said).not.toContain(institutionId);
    expect(said).not.toContain(otherSchool);
  });

  it("shows a company's staff only to its own staff and platform administrators, a 404 to everyone else", async () => {
    const company = await system.api.post<Company>(
      '/v1/companies',
      { name: 'Soylent', institutionId },
      staff.token,
    );
    const member = await signUpVerified(system, 'employer', 'Mo Member');
    await system.api.post(`/v1/companies/${company.body.id}/staff`, {}, member.token);
    const otherEmployer = await signUpVerified(system, 'employer', 'Ola Other');
    await system.api.post('/v1/companies', { name: 'Tyrell' }, otherEmployer.token);
    const student = await signUpVerified(system, 'student');
    const unrelatedSchool = await createInstitution(system, admin);
    const unrelatedStaff = await addStaffMember(system, admin, unrelatedSchool, 'career_services_admin');
    const staffPath = `/v1/companies/${company.body.id}/staff`;

    const byMember = await system.api.get<StaffList>(staffPath, member.token);
    const byAdmin = await system.api.get<StaffList>(staffPath, admin);
    const refused = await Promise.all(
      // The school that made the profile too: an employer's profile is private to career services (DESIGN rule 3).
      [student, otherEmployer, unrelatedStaff, staff].map((person) =>
        system.api.get(staffPath, person.token),
      ),
    );

    expect(byMember.body.items.map((one) => one.userId)).toEqual([member.id]);
    expect(byAdmin.body.items.map((one) => one.userId)).toEqual([member.id]);
    expect(refused.map((response) => response.status)).toEqual([404, 404, 404, 404]);
    for (const response of refused) expect(JSON.stringify(response.body)).not.toContain(member.id);
  });
});

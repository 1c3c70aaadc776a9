import {
  createMembership,
  createUser,
  TestSystem,
  createInstitution,
  Person,
  institutionWithStaff,
} from '@careers/testing';
import { craftedCursor, cursorBody, everyPage, expectPagingChecked, Page } from './support/pages';

interface InstitutionUser {
  id: string;
  name: string | null;
  email: string | null;
  userType: string;
  membership: { status: string };
}

describe("searching and managing an institution's users", () => {
  let system: TestSystem;
  let institutionId: string;
  let staff: Person;
  const people: Record<string, { id: string; email: string }> = {};

  beforeAll(async () => {
    system = await TestSystem.start({ apps: ['gateway', 'identity', 'directory'] });
    const staffed = await institutionWithStaff(system, 'career_services_staff', { staff: 'Zed Staff' });
    ({ institutionId, staff } = staffed);
    const add = async (
      key: string,
      name: string,
      userType: 'student' | 'alumni' | 'employer',
      status: 'active' | 'pending' | 'declined',
    ) => {
      const user = await createUser(system.db, { userType, name, email: `${key}@example.test` });
      await createMembership(system.db, user, institutionId, { status, roles: [userType] });
      people[key] = user;
    };
    await add('ada.lovelace', 'Ada Lovelace', 'student', 'active');
    await add('alan.turing', 'Alan Turing', 'alumni', 'active');
    await add('grace.hopper', 'Grace Hopper', 'student', 'pending');
    await add('katherine.johnson', 'Katherine Johnson', 'employer', 'declined');
    const elsewhere = await createInstitution(system, staffed.admin);
    const outsider = await createUser(system.db, { userType: 'student', name: 'Ada Outsider' });
    await createMembership(system.db, outsider, elsewhere);
    people['outsider'] = outsider;
  });

  afterAll(async () => {
    await system?.stop();
  });

  const search = (query: string) =>
    system.api.get<Page<InstitutionUser>>(`/v1/institutions/${institutionId}/users${query}`, staff.token);
  const names = (page: Page<InstitutionUser>) => page.items.map((item) => item.name);

  it('finds members by part of the name or email, any case, and never people of other institutions', async () => {
    const byName = await search('?q=ADA');
    const byEmail = await search('?q=turing@');

    expect(byName.status).toBe(200);
    expect(names(byName.body)).toEqual(['Ada Lovelace']);
    expect(names(byEmail.body)).toEqual(['Alan Turing']);
  });

  it('filters by exact email, user type and membership status', async () => {
    expect(names((await search('?email=GRACE.HOPPER@example.test')).body)).toEqual(['Grace Hopper']);
    expect(names((await search('?userType=student')).body)).toEqual(['Ada Lovelace', 'Grace Hopper']);
    expect(names((await search('?status=pending')).body)).toEqual(['Grace Hopper']);
    // An employer who is not a contact of the institution shows as a private profile: no name.
    expect(names((await search('?status=declined&userType=employer')).body)).toEqual([null]);
  });

  it('pages through the members by cursor in a stable order by name, each once', async () => {
    const path = `/v1/institutions/${institutionId}/users`;
    const pages = await everyPage<InstitutionUser>(system, path, staff.token, 2);

    expect(pages.map((page) => page.length)).toEqual([2, 2, 1]);
    expect(pages.flat().map((item) => item.name)).toEqual([
      'Ada Lovelace',
      'Alan Turing',
      'Grace Hopper',
      null,
      'Zed Staff',
    ]);
    expect(
      (await everyPage<InstitutionUser>(system, `${path}?userType=student`, staff.token, 1)).flat(),
    ).toEqual((await search('?userType=student')).body.items);
  });

  it("gives no private employer's name in a cursor, and refuses one crafted to find where it falls", async () => {
    const employer = people['katherine.johnson'];
    const first = await search('?limit=2');
    const second = await search(`?limit=2&cursor=${first.body.nextCursor}`);
    const cursor = String(second.body.nextCursor);

    expect(second.body.items.at(-1)).toMatchObject({ id: employer.id, name: null });
    expect(cursorBody(cursor)).toEqual({ after: [employer.id] });
    expect(Buffer.from(cursor, 'base64url').toString('utf8')).not.toContain('Katherine');
    expect(names((await search(`?limit=2&cursor=${cursor}`)).body)).toEqual(['Zed Staff']);
    const crafted = [
      // A name to compare the private one with, as a cursor used to carry.
      `?cursor=${craftedCursor({ after: ['Kat', employer.id] })}`,
      // Someone of another institution, and someone outside the list's own filter.
      `?cursor=${craftedCursor({ after: [people['outsider'].id] })}`,
      `?userType=student&cursor=${cursor}`,
    ];
    for (const query of crafted) {
      const refused = await search(query);
      expect({ query, status: refused.status }).toEqual({ query, status: 400 });
      expect((refused.body as unknown as { errors: Array<{ field: string }> }).errors).toEqual([
        expect.objectContaining({ field: 'cursor' }),
      ]);
    }
  });

  it('answers bad filters with a 400 naming them, page numbers among them', async () => {
    const response = await search('?status=maybe&limit=1000&page=2&sort=name');

    expect(response.status).toBe(400);
    const fields = (response.body as unknown as { errors: Array<{ field: string }> }).errors
      .map((e) => e.field)
      .sort();
    expect(fields).toEqual(['limit', 'page', 'sort', 'status']);
    await expectPagingChecked(system, `/v1/institutions/${institutionId}/users`, staff.token);
  });

  it("answers another institution's user with a 404", async () => {
    const response = await system.api.get(
      `/v1/institutions/${institutionId}/users/${people['outsider'].id}`,
      staff.token,
    );

    expect(response.status).toBe(404);
  });

  it('deletes a pending account, and only a pending one', async () => {
    const pending = people['grace.hopper'];

    const activeRefused = await system.api.delete(
      `/v1/institutions/${institutionId}/users/${people['ada.lovelace'].id}`,
      staff.token,
    );
    const deleted = await system.api.delete(
      `/v1/institutions/${institutionId}/users/${pending.id}`,
      staff.token,
    );

    expect(activeRefused.status).toBe(409);
    expect(deleted.status).toBe(204);
    expect(
      (await system.api.get(`/v1/institutions/${institutionId}/users/${pending.id}`, staff.token)).status,
    ).toBe(404);
    expect(await system.lastEvent('events.identity.user.deleted', { userId: pending.id })).toMatchObject({
      data: { userId: pending.id, email: pending.email },
    });
  });
});

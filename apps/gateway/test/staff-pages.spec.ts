import { TestSystem, Person, institutionWithStaff } from '@careers/testing';
import { randomUUID } from 'node:crypto';
import { everyPage, Page } from './support/pages';

/** More than one reply held before these lists paged (a NATS message is at most 1 MiB). */
const MANY = 4500;

describe('staff lists page by cursor: thousands of members, each exactly once', () => {
  let system: TestSystem;
  let admin: string;
  let institutionId: string;
  let staff: Person;

  beforeAll(async () => {
    system = await TestSystem.start({ apps: ['gateway', 'identity', 'directory'] });
    ({ admin, institutionId, staff } = await institutionWithStaff(system, 'career_services_admin'));
  });

  afterAll(async () => {
    await system?.stop();
  });

  it("gives an institution's thousands of staff a page at a time, by name, each exactly once", async () => {
    const domain = `staff-${randomUUID().slice(0, 6)}.test`;
    // Names repeat, so that pages also break between members of the same name.
    await system.db.query(
      `with added as (
         insert into identity.user_account (id, created_at, updated_at, email, email_key, name, user_type, status)
         select gen_random_uuid(), now(), now(), 'staff' || n || '@' || $1, 'staff' || n || '@' || $1,
                'Staff ' || (n % 700), 'career_services', 'active'
           from generate_series(1, $2) n
         returning id, email)
       insert into identity.membership
         (id, created_at, updated_at, user_id, institution_id, status, roles, username, username_key)
       select gen_random_uuid(), now(), now(), id, $3, 'active', '{career_services_staff}', email, email from added`,
      [domain, MANY, institutionId],
    );
    const written = await system.db.query<{ user_id: string }>(
      `select m.user_id from identity.membership m join identity.user_account u on u.id = m.user_id
        where m.institution_id = $1 and m.roles && '{career_services_admin,career_services_staff}'
        order by u.name, m.id`,
      [institutionId],
    );

    const pages = await everyPage<{ userId: string }>(
      system,
      `/v1/institutions/${institutionId}/staff`,
      staff.token,
      100,
    );

    const read = pages.flat().map((member) => member.userId);
    expect(written.length).toBeGreaterThan(MANY);
    expect(pages.length).toBe(Math.ceil(written.length / 100));
    expect(new Set(read).size).toBe(read.length);
    expect(read).toEqual(written.map((row) => row.user_id));
    const firstPage = await system.api.get<Page<unknown>>(
      `/v1/institutions/${institutionId}/staff`,
      staff.token,
    );
    expect(firstPage.body.items).toHaveLength(25);
  }, 120_000);

  it("gives a company's thousands of staff a page at a time, in the order they joined, each exactly once", async () => {
    const created = await system.api.post<{ id: string }>(
      '/v1/companies',
      { name: 'Initech', institutionId },
      staff.token,
    );
    expect(created.status).toBe(201);
    const companyId = created.body.id;
    // Many join at the same instant, so that pages also break between members who joined together.
    await system.db.query(
      `insert into directory.company_staff (user_id, company_id, joined_at)
       select gen_random_uuid(), $1, now() - make_interval(secs => n % 300) from generate_series(1, $2) n`,
      [companyId, MANY],
    );
    const written = await system.db.query<{ user_id: string }>(
      `select user_id from directory.company_staff where company_id = $1 order by joined_at, user_id`,
      [companyId],
    );

    const pages = await everyPage<{ userId: string }>(system, `/v1/companies/${companyId}/staff`, admin, 100);

    const read = pages.flat().map((member) => member.userId);
    expect(pages.length).toBe(MANY / 100);
    expect(new Set(read).size).toBe(MANY);
    expect(read).toEqual(written.map((row) => row.user_id));
  }, 120_000);

  it('refuses a cursor either list did not give, and a limit over 100, naming the field', async () => {
    const created = await system.api.post<{ id: string }>(
      '/v1/companies',
      { name: 'Hooli', institutionId },
      staff.token,
    );
    const otherList = Buffer.from(JSON.stringify({ afterUserId: randomUUID() })).toString('base64url');
    const asked = [
      [`/v1/institutions/${institutionId}/staff?cursor=not-a-cursor`, staff.token, 'cursor'],
      [`/v1/institutions/${institutionId}/staff?cursor=${otherList}`, staff.token, 'cursor'],
      [`/v1/institutions/${institutionId}/staff?limit=101`, staff.token, 'limit'],
      [`/v1/companies/${created.body.id}/staff?cursor=not-a-cursor`, admin, 'cursor'],
      [`/v1/companies/${created.body.id}/staff?cursor=${otherList}`, admin, 'cursor'],
      [`/v1/companies/${created.body.id}/staff?limit=0`, admin, 'limit'],
    ] as const;

    for (const [path, token, field] of asked) {
      const response = await system.api.get<{ errors: unknown[] }>(path, token);
      expect({ path, status: response.status }).toEqual({ path, status: 400 });
      expect(response.body.errors).toEqual([expect.objectContaining({ field })]);
    }
  });
});

import {
  TestSystem,
  addMember,
  ImportsClient,
  createInstitution,
  Person,
  tokenIn,
  uniqueEmail,
  institutionWithStaff,
} from '@careers/testing';
import { randomUUID } from 'node:crypto';

const HEADER = 'first_name,last_name,email_address,username,user_type,school_year';

/**
 * Seed 004: staff who change a student's email mark the student excluded from the school's sync files, which carry
 * the old email; the sync then skips the student (and its guard on changed emails does not count them) until staff
 * clear the exclusion, after which the school's files update the student again when they carry the new email.
 */
describe('seed workflow: a staff email change with the sync exclusion, through the next syncs', () => {
  let system: TestSystem;
  let institutionId: string;
  let staff: Person;
  let imports: ImportsClient;
  const domain = `excl-${randomUUID().slice(0, 6)}.test`;
  const at = (local: string) => `${local}@${domain}`;

  beforeAll(async () => {
    system = await TestSystem.start({ apps: ['gateway', 'identity', 'directory', 'onboarding', 'importer'] });
    ({ institutionId, staff } = await institutionWithStaff(system, 'career_services_admin'));
    imports = new ImportsClient(system, institutionId, staff.token);
  });

  afterAll(async () => {
    await system?.stop();
  });

  const userPath = (userId: string, suffix = '') =>
    `/v1/institutions/${institutionId}/users/${userId}${suffix}`;
  const sync = async (lines: string[]) => {
    const uploaded = await imports.upload(HEADER, lines, { fileType: 'Students', mode: 'sync' });
    return { done: await imports.run(uploaded.id), results: await imports.outcomes(uploaded.id, 'results') };
  };
  const attributesOf = async (userId: string) =>
    (
      await system.db.query<{ attributes: Record<string, string> }>(
        `select attributes from identity.membership where user_id = $1 and institution_id = $2`,
        [userId, institutionId],
      )
    )[0].attributes;

  it('skips the excluded student in a small sync without tripping its guard, shows the exclusion, and clears it', async () => {
    const student = await addMember(system, institutionId, {
      email: at('student'),
      name: 'Stu Dent',
      username: 'S1',
      userType: 'student',
    });
    await addMember(system, institutionId, {
      email: at('other1'),
      name: 'Oth Erone',
      username: 'S2',
      userType: 'student',
    });
    await addMember(system, institutionId, {
      email: at('other2'),
      name: 'Oth Ertwo',
      username: 'S3',
      userType: 'student',
    });
    const newEmail = uniqueEmail('personal');
    const changed = await system.api.patch(
      userPath(student.id),
      { email: newEmail, excludedFromSyncs: true },
      staff.token,
    );
    expect(changed.status).toBe(200);
    const link = await system.smtp.waitForMail(newEmail, /Confirm your new email/);
    expect((await system.api.post('/v1/auth/email-change/confirm', { token: tokenIn(link) })).status).toBe(
      200,
    );

    // The school's file still carries the old email with the same username; one row in three would be a changed
    // email (33%), which stops a sync if the excluded student counted.
    const excluded = await sync([
      `Stu,Dent,${at('student')},S1,Students,Senior`,
      `Oth,Erone,${at('other1')},S2,Students,Senior`,
      `Oth,Ertwo,${at('other2')},S3,Students,Senior`,
    ]);

    expect(excluded.done).toMatchObject({ status: 'completed', run: { stopReason: null } });
    expect(excluded.results.items.map((item) => item.outcome)).toEqual(['skip', 'update', 'update']);
    expect(excluded.results.items[0].reason).toContain('excluded from sync files');
    expect(await attributesOf(student.id)).toEqual({});
    const viewed = await system.api.get(userPath(student.id), staff.token);
    expect(viewed.body).toMatchObject({ email: newEmail, membership: { excludedFromSyncs: true } });

    const listed = await system.api.get<{ items: Array<{ id: string }> }>(
      `/v1/institutions/${institutionId}/users?excludedFromSyncs=true`,
      staff.token,
    );
    expect(listed.body.items.map((item) => item.id)).toEqual([student.id]);

    const cleared = await system.api.delete(userPath(student.id, '/sync-exclusion'), staff.token);

    expect(cleared.status).toBe(200);
    expect(cleared.body).toMatchObject({
      id: student.id,
      email: newEmail,
      membership: { excludedFromSyncs: false },
    });
    expect((await system.api.get(userPath(student.id), staff.token)).body).toMatchObject({
      membership: { excludedFromSyncs: false },
    });

    const listedAfter = await system.api.get<{ items: Array<{ id: string }> }>(
      `/v1/institutions/${institutionId}/users?excludedFromSyncs=true`,
      staff.token,
    );
    expect(listedAfter.body.items).toEqual([]);

    // Cleared, the student is matched again like anyone else: by both the (new) email and the username.
    const again = await sync([
      `Stu,Dent,${newEmail},S1,Students,Junior`,
      `Oth,Erone,${at('other1')},S2,Students,Senior`,
      `Oth,Ertwo,${at('other2')},S3,Students,Senior`,
    ]);

    expect(again.done.status).toBe('completed');
    expect(again.results.items.map((item) => item.outcome)).toEqual(['update', 'unchanged', 'unchanged']);
    expect(await attributesOf(student.id)).toEqual({ school_year: 'Junior' });
  });

  it('names a filter on the exclusion that is not true or false', async () => {
    const response = await system.api.get(
      `/v1/institutions/${institutionId}/users?excludedFromSyncs=maybe`,
      staff.token,
    );

    expect(response.status).toBe(400);
    expect(response.body).toMatchObject({
      errors: [{ field: 'excludedFromSyncs', message: 'excludedFromSyncs must be true or false' }],
    });
  });

  it("clears only a member of the staff's own institution", async () => {
    const admin = await system.adminToken();
    const elsewhere = await createInstitution(system, admin);
    const outsider = await addMember(system, elsewhere, {
      email: at('outsider'),
      name: 'Out Sider',
      username: 'O1',
      userType: 'student',
      excludedFromSyncs: true,
    });

    const response = await system.api.delete(userPath(outsider.id, '/sync-exclusion'), staff.token);
    const unknown = await system.api.delete(userPath(randomUUID(), '/sync-exclusion'), staff.token);

    expect(response.status).toBe(404);
    expect(unknown.status).toBe(404);
    const [kept] = await system.db.query<{ excluded_from_syncs: boolean }>(
      `select excluded_from_syncs from identity.membership where user_id = $1`,
      [outsider.id],
    );
    expect(kept.excluded_from_syncs).toBe(true);
  });
});

import {
  TestSystem,
  waitFor,
  ImportsClient,
  Person,
  signUpVerified,
  institutionWithStaff,
} from '@careers/testing';

const HEADER = 'first_name,last_name,email_address,username,user_type,mobile_number,college_name';

/**
 * Seed 004: the pending students a manual file matches fail with the sensitive-fields message; staff take the failed
 * rows from the importer and upload them again with the sensitive-fields setting. The download guards cells a
 * spreadsheet would run as formulas with a leading apostrophe; uploaded again, the values are the ones first uploaded.
 */
describe('seed workflow: the failed rows downloaded and uploaded again', () => {
  let system: TestSystem;
  let institutionId: string;
  let staff: Person;
  let imports: ImportsClient;

  beforeAll(async () => {
    system = await TestSystem.start({ apps: ['gateway', 'identity', 'directory', 'onboarding', 'importer'] });
    ({ institutionId, staff } = await institutionWithStaff(system, 'career_services_admin'));
    imports = new ImportsClient(system, institutionId, staff.token);
  });

  afterAll(async () => {
    await system?.stop();
  });

  async function pendingStudent(name: string): Promise<Person> {
    const student = await signUpVerified(system, 'student', name);
    const asked = await system.api.post('/v1/me/join-requests', { institutionId }, student.token);
    if (asked.status !== 201) throw new Error(`the join request failed: ${JSON.stringify(asked.body)}`);
    await waitFor('the pending membership', async () =>
      (await memberOf(student.id))?.status === 'pending' ? true : undefined,
    );
    return student;
  }
  const memberOf = async (userId: string) =>
    (
      await system.db.query<{ username: string; status: string; attributes: Record<string, string> }>(
        `select username, status, attributes from identity.membership where user_id = $1 and institution_id = $2`,
        [userId, institutionId],
      )
    )[0];

  it('restores the values first uploaded, those a spreadsheet would run as formulas included', async () => {
    const first = await pendingStudent('Ada Pending');
    const second = await pendingStudent('Bob Pending');
    const values = [
      ['Ada', 'Pending', first.email, 'S701', 'Students', '+44 20 7946 0958', '=SUM(1;2) College'],
      ['Bob', 'Pending', second.email, 'S702', 'Students', '-', '@Home Campus'],
    ];
    const quoted = (cells: string[]) => cells.map((cell) => `"${cell}"`).join(',');
    const uploaded = await imports.upload(HEADER, values.map(quoted), {
      fileType: 'Students',
      mode: 'manual',
    });
    await imports.run(uploaded.id);
    const download = await fetch(
      `${system.app('gateway').url}${imports.path(`/${uploaded.id}/failed-rows.csv`)}`,
      { headers: { authorization: `Bearer ${staff.token}` } },
    );
    const [header, ...failedRows] = (await download.text()).trimEnd().split('\r\n');
    expect(failedRows).toHaveLength(2);
    expect(failedRows[0]).toContain("'+44 20 7946 0958");

    const again = await imports.upload(header, failedRows, {
      fileType: 'Students',
      mode: 'manual',
      sensitiveFields: 'true',
    });
    await imports.run(again.id);
    const results = await imports.outcomes(again.id, 'results');

    expect(again.errors).toBe(0);
    expect(results.items.map((item) => item.outcome)).toEqual(['update', 'update']);
    expect(results.items[0].changes).toEqual(
      expect.arrayContaining([
        { field: 'mobile_number', from: null, to: '+44 20 7946 0958' },
        { field: 'college_name', from: null, to: '=SUM(1;2) College' },
      ]),
    );
    expect(await memberOf(first.id)).toEqual({
      username: 'S701',
      status: 'active',
      attributes: { mobile_number: '+44 20 7946 0958', college_name: '=SUM(1;2) College' },
    });
    expect(await memberOf(second.id)).toEqual({
      username: 'S702',
      status: 'active',
      attributes: { mobile_number: '-', college_name: '@Home Campus' },
    });
  });
});

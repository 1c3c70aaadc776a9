import {
  createUser,
  TestSystem,
  addMember,
  RowOutcomesPage,
  uploadAnalysed,
  Person,
  institutionWithStaff,
} from '@careers/testing';

const HEADER = 'first_name,last_name,email_address,username,user_type,school_year';

describe('the dry run and the analyzers that read the system', () => {
  let system: TestSystem;
  let institutionId: string;
  let staff: Person;

  beforeAll(async () => {
    system = await TestSystem.start({ apps: ['gateway', 'identity', 'directory', 'importer'] });
    ({ institutionId, staff } = await institutionWithStaff(system, 'career_services_staff'));
    const member = (email: string, name: string, username: string, more = {}) =>
      addMember(system, institutionId, { email, name, username, userType: 'student', ...more });
    await member('kept@school.test', 'Kept Same', 'S100');
    await member('renamed@school.test', 'Old Name', 'S101');
    await member('pending@school.test', 'Pending Person', 'pending@school.test', { status: 'pending' });
    await member('excluded@school.test', 'Ex Cluded', 'S300', { excludedFromSyncs: true });
    await createUser(system.db, { email: 'boss@company.test', name: 'Boss Employer', userType: 'employer' });
  });

  afterAll(async () => {
    await system?.stop();
  });

  const upload = (lines: string[], fields: Record<string, string>) => {
    const form = new FormData();
    for (const [name, value] of Object.entries({ fileType: 'Students', ...fields })) form.set(name, value);
    form.set('file', new Blob([[HEADER, ...lines].join('\n')]), 'students.csv');
    return uploadAnalysed<{ id: string; status: string; errors: number; warnings: number }>(
      system,
      `/v1/institutions/${institutionId}/imports`,
      form,
      staff.token,
    );
  };
  const planOf = async (importId: string, query = '') =>
    (
      await system.api.get<RowOutcomesPage>(
        `/v1/institutions/${institutionId}/imports/${importId}/plan${query}`,
        staff.token,
      )
    ).body;
  const findingsOf = async (importId: string) =>
    (
      await system.api.get<{
        items: Array<{ row: number; code: string; severity: string; message: string }>;
      }>(`/v1/institutions/${institutionId}/imports/${importId}/findings`, staff.token)
    ).body.items;

  const MANUAL_ROWS = [
    'New,Person,new@school.test,S400,Students,Junior',
    'Kept,Same,kept@school.test,S100,Students,',
    'New,Name,renamed@school.test,S101,Students,Senior',
    'Pending,Person,pending@school.test,S200,Students,Senior',
    'Boss,Employer,boss@company.test,S500,Students,Senior',
  ];

  it('plans each row of a manual file: create, unchanged, update with the fields that change, and failures with the reason', async () => {
    const uploaded = await upload(MANUAL_ROWS, { mode: 'manual' });
    const plan = await planOf(uploaded.body.id);

    expect(uploaded.status).toBe(202);
    expect(uploaded.body.errors).toBe(0);
    expect(plan.items.map((item) => [item.row, item.outcome])).toEqual([
      [1, 'create'],
      [2, 'unchanged'],
      [3, 'update'],
      [4, 'fail'],
      [5, 'fail'],
    ]);
    expect(plan.items[0].changes).toEqual([
      { field: 'name', from: null, to: 'New Person' },
      { field: 'email', from: null, to: 'new@school.test' },
      { field: 'username', from: null, to: 'S400' },
      { field: 'school_year', from: null, to: 'Junior' },
    ]);
    expect(plan.items[2].changes).toEqual(
      expect.arrayContaining([{ field: 'name', from: 'Old Name', to: 'New Name' }]),
    );
    expect(plan.items[3].reason).toBe(
      'attempting to update sensitive fields without sensitive fields setting',
    );
    expect(plan.items[4].reason).toContain('another type (employer)');
    expect(plan.counts).toEqual({ create: 1, update: 1, unchanged: 1, skip: 0, fail: 2 });
    expect((await planOf(uploaded.body.id, '?outcome=fail')).items.map((item) => item.row)).toEqual([4, 5]);
  });

  it('warns of what the system holds: another account type, a sensitive change, a pending self-made account', async () => {
    const uploaded = await upload(MANUAL_ROWS, { mode: 'manual' });
    const findings = await findingsOf(uploaded.body.id);
    const at = (row: number) =>
      findings
        .filter((item) => item.row === row)
        .map((item) => item.code)
        .sort();

    expect(at(4)).toEqual(['pending_account', 'sensitive_field_change']);
    expect(at(5)).toEqual(['other_account_type']);
    expect(findings.every((item) => item.severity === 'warning')).toBe(true);
  });

  it('with the sensitive-fields setting, plans to change the username and approve the pending request', async () => {
    const uploaded = await upload(MANUAL_ROWS, { mode: 'manual', sensitiveFields: 'true' });
    const plan = await planOf(uploaded.body.id);

    expect(plan.items[3].outcome).toBe('update');
    expect(plan.items[3].changes).toEqual(
      expect.arrayContaining([
        { field: 'username', from: 'pending@school.test', to: 'S200' },
        { field: 'membership', from: 'pending', to: 'active' },
      ]),
    );
  });

  it('in a sync, updates only when email and username both match, and skips people excluded from syncs', async () => {
    const uploaded = await upload(
      [
        'Kept,Same,kept@school.test,S100,Students,Senior',
        'Kept,Same,renamed@school.test,S999,Students,Senior',
        'Ex,Cluded,excluded@school.test,S300,Students,Senior',
      ],
      { mode: 'sync' },
    );
    const plan = await planOf(uploaded.body.id);

    expect(plan.items.map((item) => item.outcome)).toEqual(['update', 'fail', 'skip']);
    expect(plan.items[1].reason).toContain('both match');
    expect(plan.items[2].reason).toContain('excluded from sync files');
  });
});

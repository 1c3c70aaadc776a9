import {
  createUser,
  TestSystem,
  waitFor,
  addContact,
  ContactBody,
  addMember,
  ImportsClient,
  Person,
  signUpVerified,
  institutionWithStaff,
} from '@careers/testing';
import { randomUUID } from 'node:crypto';

const HEADER = 'first_name,last_name,email_address,username,user_type,school_year';
const COLLEGE_HEADER = 'first_name,last_name,email_address,username,user_type,college_name';

describe('import runs: the matching rules row by row, results, failed rows, the sync guard, and a restart', () => {
  let system: TestSystem;
  let institutionId: string;
  let staff: Person;
  const domain = `run-${randomUUID().slice(0, 6)}.test`;
  const at = (local: string) => `${local}@${domain}`;

  beforeAll(async () => {
    system = await TestSystem.start({ apps: ['gateway', 'identity', 'directory', 'onboarding', 'importer'] });
    ({ institutionId, staff } = await institutionWithStaff(system, 'career_services_admin'));
    client = new ImportsClient(system, institutionId, staff.token);
    const member = (local: string, name: string, username: string, more = {}) =>
      addMember(system, institutionId, { email: at(local), name, username, userType: 'student', ...more });
    await member('kept', 'Kept Same', 'S100');
    await member('renamed', 'Old Name', 'S101');
    await member('excluded', 'Ex Cluded', 'S300', { excludedFromSyncs: true });
    await createUser(system.db, { email: at('boss'), name: 'Boss Employer', userType: 'employer' });
  });

  afterAll(async () => {
    await system?.stop();
  });

  let client: ImportsClient;
  const imports = (suffix = '') => client.path(suffix);
  const upload = (lines: string[], fields: Record<string, string>, header = HEADER) =>
    client.upload(header, lines, { fileType: 'Students', ...fields });
  const readImport = (importId: string) => client.read(importId);
  const run = (importId: string) => client.run(importId);
  const resultsOf = (importId: string, query = '') => client.outcomes(importId, 'results', query);
  const membershipOf = async (email: string) =>
    (
      await system.db.query<{
        username: string;
        status: string;
        roles: string[];
        attributes: Record<string, string>;
        name: string;
        password_hash: string | null;
      }>(
        `select m.username, m.status, m.roles, m.attributes, u.name, u.password_hash
           from identity.user_account u join identity.membership m on m.user_id = u.id
          where u.email_key = lower($1) and m.institution_id = $2`,
        [email, institutionId],
      )
    )[0];

  const MANUAL_ROWS = [
    `New,Person,${at('new')},S400,Students,Junior`,
    `Kept,Same,${at('kept')},S100,Students,`,
    `New,Name,${at('renamed')},S101,Students,Senior`,
    `Kept,Two,${at('kept2')},S300,Students,Senior`,
    `Boss,Employer,${at('boss')},S500,Students,Senior`,
  ];

  it('runs a manual file: creates without a password, updates what changed, fails rows with the reason', async () => {
    const uploaded = await upload(MANUAL_ROWS, { mode: 'manual' });
    const done = await run(uploaded.id);
    const results = await resultsOf(uploaded.id);

    expect(done.status).toBe('completed');
    expect(done.run).toMatchObject({ phase: 'done', processed: 5, total: 5 });
    expect(done.run?.counts).toEqual({ create: 1, update: 1, unchanged: 1, skip: 0, fail: 2 });
    expect(results.items.map((item) => [item.row, item.outcome])).toEqual([
      [1, 'create'],
      [2, 'unchanged'],
      [3, 'update'],
      [4, 'fail'],
      [5, 'fail'],
    ]);
    expect(results.items[0].changes).toEqual([
      { field: 'name', from: null, to: 'New Person' },
      { field: 'email', from: null, to: at('new') },
      { field: 'username', from: null, to: 'S400' },
      { field: 'school_year', from: null, to: 'Junior' },
    ]);
    expect(results.items[3].reason).toContain('the username S300 belongs to another person');
    expect(results.items[4].reason).toContain('another type (employer)');
    expect(await membershipOf(at('new'))).toMatchObject({
      username: 'S400',
      status: 'active',
      roles: ['student'],
      attributes: { school_year: 'Junior' },
      name: 'New Person',
      password_hash: null,
    });
    expect(await membershipOf(at('renamed'))).toMatchObject({
      name: 'New Name',
      attributes: { school_year: 'Senior' },
    });
    expect((await resultsOf(uploaded.id, '?outcome=fail')).items.map((item) => item.row)).toEqual([4, 5]);
    const event = await system.lastEvent('events.importer.run.completed', { importId: uploaded.id });
    expect(event['data']).toMatchObject({
      institutionId,
      fileType: 'Students',
      mode: 'manual',
      counts: { create: 1, update: 1, unchanged: 1, skip: 0, fail: 2 },
    });
    const metrics = await fetch(system.app('importer').metricsUrl).then((response) => response.text());
    expect(metrics).toMatch(/import_rows_processed_total\{phase="writing"\} 5/);
    const imported = await system.lastEvent('events.identity.users.imported', { institutionId });
    expect(imported['data']).toMatchObject({
      created: [{ email: at('new'), name: 'New Person', userType: 'student', status: 'active' }],
      renamed: [{ name: 'New Name' }],
      granted: [{ email: at('new'), username: 'S400', roles: ['student'] }],
    });
  });

  it("links the institution's contacts to the people an import creates", async () => {
    const contact = await addContact(system, staff.token, institutionId, {
      email: at('contact-then-student'),
    });
    const uploaded = await upload([`Con,Tact,${at('contact-then-student')},S450,Students,Junior`], {
      mode: 'manual',
    });
    await run(uploaded.id);

    const linked = await waitFor('the contact to be linked', async () => {
      const read = await system.api.get<ContactBody>(
        `/v1/institutions/${institutionId}/contacts/${contact.id}`,
        staff.token,
      );
      return read.body.linkedUserId ? read.body : undefined;
    });
    const [user] = await system.db.query<{ id: string }>(
      'select id from identity.user_account where email_key = $1',
      [at('contact-then-student')],
    );
    expect(linked.linkedUserId).toBe(user.id);
  });

  it('running the same file again changes nothing: every row that went in is unchanged', async () => {
    const again = await upload(MANUAL_ROWS, { mode: 'manual' });
    const done = await run(again.id);

    expect(done.run?.counts).toEqual({ create: 0, update: 0, unchanged: 3, skip: 0, fail: 2 });
  });

  it('never erases a stored value with a blank cell', async () => {
    const uploaded = await upload([`New,Name,${at('renamed')},S101,Students,`], { mode: 'manual' });
    const done = await run(uploaded.id);

    expect(done.run?.counts['unchanged']).toBe(1);
    expect((await membershipOf(at('renamed'))).attributes).toEqual({ school_year: 'Senior' });
  });

  it('fails a sensitive change without the setting; with it, changes the username and approves the pending request', async () => {
    const student = await signUpVerified(system, 'student', 'Pending Student');
    const asked = await system.api.post<{ id: string }>(
      '/v1/me/join-requests',
      { institutionId },
      student.token,
    );
    expect(asked.status).toBe(201);
    await waitFor('the pending membership', async () =>
      (await membershipOf(student.email))?.status === 'pending' ? true : undefined,
    );
    const row = `Pending,Student,${student.email},S700,Students,Senior`;

    const without = await run((await upload([row], { mode: 'manual' })).id);
    const failed = await resultsOf(without.id);
    const withSetting = await run((await upload([row], { mode: 'manual', sensitiveFields: 'true' })).id);
    const updated = await resultsOf(withSetting.id);

    expect(failed.items[0]).toMatchObject({
      outcome: 'fail',
      reason: 'attempting to update sensitive fields without sensitive fields setting',
    });
    expect(updated.items[0].outcome).toBe('update');
    expect(updated.items[0].changes).toEqual(
      expect.arrayContaining([
        { field: 'username', from: student.email, to: 'S700' },
        { field: 'membership', from: 'pending', to: 'active' },
      ]),
    );
    expect(await membershipOf(student.email)).toMatchObject({ username: 'S700', status: 'active' });
    const request = await waitFor('the request to be approved', async () => {
      const read = await system.api.get<{ status: string; decision: { decidedBy: string | null } | null }>(
        `/v1/institutions/${institutionId}/join-requests/${asked.body.id}`,
        staff.token,
      );
      return read.body.status === 'approved' ? read.body : undefined;
    });
    expect(request.decision?.decidedBy).toBe(staff.id);
  });

  it('in a sync, updates only when email and username both match and skips people excluded from syncs', async () => {
    const uploaded = await upload(
      [
        `Kept,Same,${at('kept')},S100,Students,Senior`,
        `Ex,Cluded,${at('excluded')},S300,Students,Senior`,
        `Re,Named,${at('renamed')},S999,Students,Senior`,
      ],
      { mode: 'sync' },
    );
    const done = await run(uploaded.id);
    const results = await resultsOf(uploaded.id);

    expect(done.status).toBe('completed');
    expect(results.items.map((item) => item.outcome)).toEqual(['update', 'skip', 'fail']);
    expect(results.items[2].reason).toContain('both match');
    expect((await membershipOf(at('kept'))).attributes).toEqual({ school_year: 'Senior' });
    expect((await membershipOf(at('renamed'))).username).toBe('S101');
  });

  it('stops a sync that would change the email of more than 10% of the people it matches, before writing anything', async () => {
    const usernames: string[] = [];
    for (let index = 0; index < 10; index++) {
      await addMember(system, institutionId, {
        email: at(`guard${index}`),
        name: `Guard ${index}`,
        username: `G${index}`,
        userType: 'student',
      });
      usernames.push(`G${index}`);
    }
    const rows = (changed: number) => [
      `Brand,New,${at(`brand-new-${changed}`)},GN${changed},Students,Senior`,
      ...usernames.map((username, index) =>
        index < changed
          ? `Guard,${index},${at(`moved${index}`)},${username},Students,Senior`
          : `Guard,${index},${at(`guard${index}`)},${username},Students,Senior`,
      ),
    ];

    const stopped = await run((await upload(rows(2), { mode: 'sync' })).id);
    const allowed = await run((await upload(rows(1), { mode: 'sync' })).id);

    expect(stopped.status).toBe('stopped');
    expect(stopped.run?.stopReason).toContain('change the email of 2 of the 10 people');
    expect(await membershipOf(at('brand-new-2'))).toBeUndefined();
    expect(allowed.status).toBe('completed');
    expect(await membershipOf(at('brand-new-1'))).toMatchObject({ username: 'GN1' });
  });

  it('gives the failed rows as uploaded with an error column, formula cells neutralised', async () => {
    const uploaded = await upload(
      [
        `"=HYPERLINK(""x"")",+Plus,${at('boss')},@S1,Students,-1`,
        `Fine,Row,${at('fine')},S801,Students,Arts`,
      ],
      { mode: 'manual' },
      COLLEGE_HEADER,
    );
    await run(uploaded.id);

    const response = await fetch(
      `${system.app('gateway').url}${imports(`/${uploaded.id}/failed-rows.csv`)}`,
      {
        headers: { authorization: `Bearer ${staff.token}` },
      },
    );
    const text = await response.text();

    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/csv');
    expect(text.split('\r\n')).toEqual([
      `${COLLEGE_HEADER},error`,
      `"'=HYPERLINK(""x"")",'+Plus,${at('boss')},'@S1,Students,'-1,the email belongs to an account of another type (employer)`,
      '',
    ]);
  });

  it('refuses to run a file with errors, to run twice, to take a new file once run, and gives no results before a run', async () => {
    const broken = await upload([`No,Email,,S900,Students,Senior`], { mode: 'manual' });
    const clean = await upload([`Once,Only,${at('once')},S901,Students,Senior`], { mode: 'manual' });

    const refused = await system.api.post<{ type: string }>(imports(`/${broken.id}/runs`), {}, staff.token);
    const early = await system.api.get<{ type: string }>(imports(`/${clean.id}/results`), staff.token);
    await run(clean.id);
    const twice = await system.api.post<{ type: string }>(imports(`/${clean.id}/runs`), {}, staff.token);
    const unknown = await system.api.post(imports(`/${randomUUID()}/runs`), {}, staff.token);
    const corrected = new FormData();
    corrected.set(
      'file',
      new Blob([`${HEADER}\nOnce,Again,${at('again')},S902,Students,Senior`]),
      'students.csv',
    );
    const replaced = await system.api.upload<{ type: string }>(
      imports(`/${clean.id}/file`),
      corrected,
      staff.token,
      'PUT',
    );

    expect(broken.errors).toBeGreaterThan(0);
    expect(refused.status).toBe(409);
    expect(refused.body.type).toContain('import-has-errors');
    expect(early.status).toBe(409);
    expect(twice.status).toBe(409);
    expect(twice.body.type).toContain('import-already-run');
    expect(unknown.status).toBe(404);
    expect(replaced.status).toBe(409);
    expect(replaced.body.type).toContain('import-not-editable');
  });

  it('shows the changes of the rows created by a run from before decisions were stored whole', async () => {
    const uploaded = await upload([`Old,Run,${at('oldrun')},R600,Students,Junior`], { mode: 'manual' });
    await run(uploaded.id);
    const stored = await resultsOf(uploaded.id);
    // Such a run stored a created row's outcome only: its changes and what it sent were its cells again.
    await system.db.query(
      `update importer.import_run_row set changes = null, apply = null where import_id = $1 and outcome = 'create'`,
      [uploaded.id],
    );

    expect(stored.items[0].changes).toContainEqual({ field: 'email', from: null, to: at('oldrun') });
    expect(await resultsOf(uploaded.id)).toEqual(stored);
  });

  it('decides again a row an older importer stored as creating without what it sends, and creates it', async () => {
    const uploaded = await upload([`Rolling,Deploy,${at('rolling')},R800,Students,Senior`], {
      mode: 'manual',
    });
    await system.app('importer').kill();
    // What an importer from before decisions were stored whole left of a run it had started: the row's outcome only.
    await system.db.query(
      `update importer.import set status = 'running', run_phase = 'writing', run_cursor = 0, run_processed = 0,
              run_started_by = $2, run_started_at = now()
        where id = $1`,
      [uploaded.id, staff.id],
    );
    await system.db.query(
      `insert into importer.import_run_row (import_id, row, outcome, code, reason, changes, apply)
       values ($1, 1, 'create', null, null, null, null)`,
      [uploaded.id],
    );
    await system.app('importer').start();
    const done = await client.finished(uploaded.id, 60_000);

    expect(done.status).toBe('completed');
    expect(done.run?.counts).toMatchObject({ create: 1, fail: 0 });
    expect(await membershipOf(at('rolling'))).toMatchObject({ username: 'R800', name: 'Rolling Deploy' });
    expect((await resultsOf(uploaded.id)).items[0].changes).toContainEqual({
      field: 'username',
      from: null,
      to: 'R800',
    });
  });

  it('resumes a run killed mid-way from its last batch and ends as an uninterrupted run would', async () => {
    const total = 12_000;
    const lines = Array.from(
      { length: total },
      (_, index) => `Bulk,Person ${index},${at(`bulk${index}`)},B${index},Students,Senior`,
    );
    const uploaded = await upload(lines, { mode: 'manual' });
    await system.api.post(imports(`/${uploaded.id}/runs`), {}, staff.token);
    const atKill = await waitFor(
      'the run to be writing',
      async () => {
        const read = await readImport(uploaded.id);
        return read.run?.phase === 'writing' && read.run.processed > 0 ? read : undefined;
      },
      60_000,
    );
    await system.app('importer').kill();
    await system.app('importer').start();
    const done = await client.finished(uploaded.id, 120_000);

    expect(atKill.run?.processed).toBeLessThan(total);
    expect(done.status).toBe('completed');
    expect(done.run?.counts).toEqual({ create: total, update: 0, unchanged: 0, skip: 0, fail: 0 });
    const stored = await system.db.query<{ users: number; members: number; named: number }>(
      `select count(*)::int as users, count(m.id)::int as members,
              count(*) filter (where m.username = 'B' || substr(u.email, 5, strpos(u.email, '@') - 5))::int as named
         from identity.user_account u
         left join identity.membership m on m.user_id = u.id and m.institution_id = $1
        where u.email like $2`,
      [institutionId, `bulk%@${domain}`],
    );
    expect(stored[0]).toEqual({ users: total, members: total, named: total });
  });
});

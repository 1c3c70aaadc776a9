import { createUser, TestSystem, ImportsClient, addStaffMember, createInstitution } from '@careers/testing';
import { parse } from 'csv-parse/sync';
import { apiOperations, describeOperation } from '../support/openapi';

/** What a spreadsheet reads as the start of a formula (a tab or carriage return can hide one). */
const FORMULA_START = /^[=+\-@\t\r]/;

describe('formula cells in every CSV the system writes', () => {
  let system: TestSystem;

  beforeAll(async () => {
    system = await TestSystem.start({ apps: ['gateway', 'identity', 'directory', 'onboarding', 'importer'] });
  });

  afterAll(async () => {
    await system?.stop();
  });

  it('writes CSV in one place only: the failed rows of an import', async () => {
    const csv = (await apiOperations(system)).filter((operation) =>
      operation.produces.some((type) => type.startsWith('text/csv')),
    );

    // A new CSV answer fails this test until it is checked below.
    expect(csv.map(describeOperation)).toEqual([
      'GET /v1/institutions/{institutionId}/imports/{importId}/failed-rows.csv',
    ]);
  });

  it('neutralises uploaded cells and headers beginning with = + - @ tab or carriage return in the failed rows', async () => {
    const admin = await system.adminToken();
    const institutionId = await createInstitution(system, admin);
    const staff = await addStaffMember(system, admin, institutionId, 'career_services_admin');
    // Rows fail when their email belongs to an account of another type.
    const [first, second] = [
      await createUser(system.db, { userType: 'employer' }),
      await createUser(system.db, { userType: 'employer' }),
    ];
    const imports = new ImportsClient(system, institutionId, staff.token);
    const hostile = [
      ['=1+1', '+Plus', first.email, '@S1', 'Students', '-1', '=HYPERLINK("http://evil.test")'],
      ['\tTab', '\rReturn', second.email, 'S2', 'Students', 'Arts', '@SUM(A1)'],
    ];
    const quoted = (cells: string[]) => cells.map((cell) => `"${cell.replace(/"/g, '""')}"`).join(',');
    const uploaded = await imports.upload(
      'first_name,last_name,email_address,username,user_type,college_name,=cmd',
      hostile.map(quoted),
      { fileType: 'Students', mode: 'manual' },
    );
    await imports.run(uploaded.id);

    const response = await fetch(
      `${system.app('gateway').url}${imports.path(`/${uploaded.id}/failed-rows.csv`)}`,
      { headers: { authorization: `Bearer ${staff.token}` } },
    );
    const [header, ...rows] = parse(await response.text()) as string[][];

    expect(response.status).toBe(200);
    expect(header.slice(-2)).toEqual(["'=cmd", 'error']);
    expect(rows.map((row) => row.slice(0, -1))).toEqual(
      hostile.map((cells) => cells.map((cell) => (FORMULA_START.test(cell) ? `'${cell}` : cell))),
    );
    expect([header, ...rows].flat().filter((cell) => FORMULA_START.test(cell))).toEqual([]);
  });
});

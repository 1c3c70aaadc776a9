import {
  TestSystem,
  waitFor,
  ImportsClient,
  uploadAnalysed,
  Person,
  institutionWithStaff,
} from '@careers/testing';
import { randomUUID } from 'node:crypto';
import { everyPage } from './support/pages';

const HEADER = 'first_name,last_name,email_address,username,user_type,school_year';

interface AnalysedImport {
  id: string;
  status: string;
  rows: number;
  errors: number;
  warnings: number;
  analysis: {
    rowsRead: number;
    finishedAt: string | null;
    failure: { code: string; message: string } | null;
  };
}

interface Counted {
  code: string;
  severity: string;
  count: number;
}

interface FindingPage {
  items: Array<{ row: number | null; code: string }>;
  summary: Counted[];
  omitted: Counted[];
}

describe('uploads analysed in the background: 202, progress, caps on findings, failures and restarts', () => {
  let system: TestSystem;
  let institutionId: string;
  let staff: Person;
  let client: ImportsClient;
  const domain = `analysis-${randomUUID().slice(0, 6)}.test`;
  const student = (index: number) => `Some,Student ${index},s${index}@${domain},S${index},Students,Senior`;

  beforeAll(async () => {
    system = await TestSystem.start({ apps: ['gateway', 'identity', 'directory', 'importer'] });
    ({ institutionId, staff } = await institutionWithStaff(system, 'career_services_admin'));
    client = new ImportsClient(system, institutionId, staff.token);
  });

  afterAll(async () => {
    await system?.stop();
  });

  const form = (
    content: string,
    fields: Record<string, string> = { fileType: 'Students', mode: 'manual' },
  ) => {
    const body = new FormData();
    for (const [name, value] of Object.entries(fields)) body.set(name, value);
    body.set('file', new Blob([content]), 'students.csv');
    return body;
  };
  const file = (lines: string[]) => [HEADER, ...lines].join('\n');
  const readImport = async (importId: string) =>
    (await system.api.get<AnalysedImport>(client.path(`/${importId}`), staff.token)).body;
  const findingsOf = async (importId: string, query = '') =>
    (await system.api.get<FindingPage>(client.path(`/${importId}/findings${query}`), staff.token)).body;
  const analysed = (importId: string, timeoutMs = 60_000) =>
    waitFor(
      `import ${importId} analysed`,
      async () => {
        const read = await readImport(importId);
        return read.status === 'analyzing' ? undefined : read;
      },
      timeoutMs,
    );

  it('answers 202 at once with the import to follow, which is analysing, then analysed with every row read', async () => {
    const total = 5_000;
    const accepted = await system.api.upload<AnalysedImport>(
      client.path(),
      form(file(Array.from({ length: total }, (_, index) => student(index)))),
      staff.token,
    );

    expect(accepted.status).toBe(202);
    expect(accepted.headers.get('location')).toBe(client.path(`/${accepted.body.id}`));
    expect(accepted.body).toMatchObject({
      status: 'analyzing',
      analysis: { rowsRead: 0, finishedAt: null, failure: null },
    });
    const done = await analysed(accepted.body.id);
    expect(done).toMatchObject({
      status: 'analyzed',
      rows: total,
      errors: 0,
      analysis: { rowsRead: total, finishedAt: expect.any(String), failure: null },
    });
  });

  it('stores at most 100 findings of a code and 1,000 in all, and counts the ones left out by code', async () => {
    const emptyRows = Array.from({ length: 3_000 }, () => ',,,,,');
    const uploaded = await uploadAnalysed<AnalysedImport>(
      system,
      client.path(),
      form(file(emptyRows)),
      staff.token,
    );
    const page = await findingsOf(uploaded.body.id);
    const everyFinding = await everyPage(
      system,
      client.path(`/${uploaded.body.id}/findings`),
      staff.token,
      100,
    );
    const stored = page.summary.reduce((sum, entry) => sum + entry.count, 0);
    const omitted = page.omitted.reduce((sum, entry) => sum + entry.count, 0);

    expect(uploaded.body).toMatchObject({ status: 'analyzed', rows: 3_000 });
    expect(everyFinding.flat()).toHaveLength(stored);
    expect(stored).toBeLessThanOrEqual(1_000);
    expect(page.summary.every((entry) => entry.count <= 100)).toBe(true);
    expect(page.omitted).toContainEqual({
      code: 'missing_value',
      severity: 'error',
      count: expect.any(Number),
    });
    expect(stored + omitted).toBe(uploaded.body.errors + uploaded.body.warnings);
    expect(page.items.find((item) => item.row !== null)?.row).toBe(1);
    const [{ count }] = await system.db.query<{ count: number }>(
      'select count(*)::int as count from importer.import_finding where import_id = $1',
      [uploaded.body.id],
    );
    expect(count).toBe(stored);
  });

  it('reads a quote inside a field that does not start with one, as spreadsheets write it', async () => {
    const uploaded = await uploadAnalysed<AnalysedImport>(
      system,
      client.path(),
      form(file([`Ada,Lovelace "The Countess",ada@${domain},A1,Students,Senior`])),
      staff.token,
    );
    const plan = await client.outcomes(uploaded.body.id, 'plan');

    expect(uploaded.body).toMatchObject({ status: 'analyzed', rows: 1, errors: 0 });
    expect(plan.items[0]).toMatchObject({ row: 1, outcome: 'create' });
    expect(plan.items[0].changes).toContainEqual({
      field: 'name',
      from: null,
      to: 'Ada Lovelace "The Countess"',
    });
  });

  it('fails the analysis of a file it cannot read, naming the line, refuses to run it, and takes a corrected file', async () => {
    const broken = file([student(1), `Alan,"Turing,alan@${domain},T1,Students,Senior`, student(3)]);
    const uploaded = await uploadAnalysed<AnalysedImport>(system, client.path(), form(broken), staff.token);
    const run = await system.api.post<{ type: string }>(
      client.path(`/${uploaded.body.id}/runs`),
      {},
      staff.token,
    );
    const findings = await findingsOf(uploaded.body.id);
    const replaced = await uploadAnalysed<AnalysedImport>(
      system,
      client.path(`/${uploaded.body.id}/file`),
      form(file([student(1), student(2)]), {}),
      staff.token,
      'PUT',
    );

    expect(uploaded.status).toBe(202);
    expect(uploaded.body).toMatchObject({
      status: 'failed',
      rows: 0,
      analysis: { failure: { code: 'malformed_csv', message: expect.stringContaining('line 3') } },
    });
    expect(findings.items).toEqual([]);
    expect(run.status).toBe(409);
    expect(run.body.type).toContain('import-not-analyzed');
    expect(replaced.status).toBe(202);
    expect(replaced.body).toMatchObject({
      status: 'analyzed',
      rows: 2,
      errors: 0,
      analysis: { failure: null },
    });
  });

  it('takes one of several corrected files sent at once, and refuses the others while it is analysed', async () => {
    /** Enough rows that the analysis of the one taken outlasts the arrival of the others. */
    const CORRECTED_ROWS = 20_000;
    const first = await uploadAnalysed<AnalysedImport>(
      system,
      client.path(),
      form(file([student(7)])),
      staff.token,
    );
    const sent = await Promise.all(
      Array.from({ length: 5 }, (_, index) =>
        system.api.upload<{ type?: string }>(
          client.path(`/${first.body.id}/file`),
          form(
            file(Array.from({ length: CORRECTED_ROWS }, (_, row) => student(index * CORRECTED_ROWS + row))),
            {},
          ),
          staff.token,
          'PUT',
        ),
      ),
    );
    const done = await analysed(first.body.id);

    expect(sent.map((response) => response.status).sort()).toEqual([202, 409, 409, 409, 409]);
    expect(sent.filter((response) => response.status === 409).map((response) => response.body.type)).toEqual(
      Array(4).fill('urn:careers:problem:import-not-editable'),
    );
    expect(done).toMatchObject({ status: 'analyzed', rows: CORRECTED_ROWS, errors: 0 });
  });

  it('starts an analysis cut short by a restart again, and ends as an uninterrupted one would', async () => {
    const total = 60_000;
    const accepted = await system.api.upload<AnalysedImport>(
      client.path(),
      form(file(Array.from({ length: total }, (_, index) => student(100_000 + index)))),
      staff.token,
    );
    const atKill = await waitFor(
      'the analysis to be under way',
      async () => {
        const read = await readImport(accepted.body.id);
        return read.analysis.rowsRead > 0 ? read : undefined;
      },
      60_000,
    );
    await system.app('importer').kill();
    await system.app('importer').start();
    const done = await analysed(accepted.body.id, 120_000);

    expect(atKill).toMatchObject({ status: 'analyzing' });
    expect(atKill.analysis.rowsRead).toBeLessThan(total);
    expect(done).toMatchObject({ status: 'analyzed', rows: total, errors: 0, analysis: { rowsRead: total } });
    const [stored] = await system.db.query<{ rows: number; first: number; last: number }>(
      `select count(*)::int as rows, min("row")::int as first, max("row")::int as last
         from importer.import_row where import_id = $1`,
      [accepted.body.id],
    );
    expect(stored).toEqual({ rows: total, first: 1, last: total });
  });
});

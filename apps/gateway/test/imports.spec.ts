import {
  TestSystem,
  uploadAnalysed,
  addStaffMember,
  createInstitution,
  Person,
  institutionWithStaff,
  waitFor,
} from '@careers/testing';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { craftedCursor, everyPage, expectPagingChecked } from './support/pages';

interface ImportBody {
  id: string;
  status: string;
  fileType: string;
  mode: string;
  rows: number;
  errors: number;
  warnings: number;
}

interface Finding {
  row: number | null;
  column: string | null;
  value: string | null;
  code: string;
  severity: string;
}

interface FindingPage {
  items: Finding[];
  summary: Array<{ code: string; severity: string; count: number }>;
}

const MAX_BYTES = 200_000;
const fixture = (name: string) => readFileSync(join(__dirname, 'fixtures/imports', name));

describe('uploading import files and their analyzers', () => {
  let system: TestSystem;
  let admin: string;
  let institutionId: string;
  let staff: Person;

  beforeAll(async () => {
    system = await TestSystem.start({
      apps: ['gateway', 'identity', 'directory', 'importer'],
      env: { IMPORT_MAX_BYTES: String(MAX_BYTES) },
    });
    ({ admin, institutionId, staff } = await institutionWithStaff(system, 'career_services_staff'));
  });

  afterAll(async () => {
    await system?.stop();
  });

  const imports = (suffix = '', inInstitution = institutionId) =>
    `/v1/institutions/${inInstitution}/imports${suffix}`;
  const form = (content: Buffer | string, fields: Record<string, string> = {}, fileName = 'people.csv') => {
    const body = new FormData();
    for (const [name, value] of Object.entries({ fileType: 'Mentors', mode: 'manual', ...fields }))
      body.set(name, value);
    body.set('file', new Blob([content]), fileName);
    return body;
  };
  const upload = (content: Buffer | string, fields: Record<string, string> = {}) =>
    uploadAnalysed<ImportBody>(system, imports(), form(content, fields), staff.token);
  const findingsOf = async (importId: string, query = '') =>
    (await system.api.get<FindingPage>(imports(`/${importId}/findings${query}`), staff.token)).body;
  const codes = (page: FindingPage) => page.items.map((item) => item.code);

  it('analyses a good mentors file on upload and finds nothing wrong', async () => {
    const response = await upload(fixture('mentors-valid.csv'));

    expect(response.status).toBe(202);
    expect(response.body).toMatchObject({
      status: 'analyzed',
      fileType: 'Mentors',
      mode: 'manual',
      rows: 2,
      errors: 0,
    });
    expect((await findingsOf(response.body.id)).items).toEqual([]);
    expect((await system.api.get(imports(`/${response.body.id}`), staff.token)).body).toMatchObject({
      id: response.body.id,
      fileName: 'people.csv',
    });
  });

  it('names who uploaded a file, as they are called now', async () => {
    const uploader = await addStaffMember(
      system,
      admin,
      institutionId,
      'career_services_staff',
      'Una Uploader',
    );
    const uploaded = await uploadAnalysed<ImportBody & { createdByName: string | null }>(
      system,
      imports(),
      form(fixture('mentors-valid.csv')),
      uploader.token,
    );
    const nameOnList = async () =>
      (
        await system.api.get<{ items: Array<{ id: string; createdByName: string | null }> }>(
          imports('?limit=100'),
          staff.token,
        )
      ).body.items.find((item) => item.id === uploaded.body.id)?.createdByName;

    const listed = await nameOnList();
    const renamed = await system.api.patch('/v1/me', { name: 'Una Reyes' }, uploader.token);

    expect(uploaded.body.createdByName).toBe('Una Uploader');
    expect(listed).toBe('Una Uploader');
    expect(renamed.status).toBe(200);
    await waitFor('the import to name its uploader by the new name', async () =>
      (await nameOnList()) === 'Una Reyes' ? true : undefined,
    );
    expect((await system.api.get(imports(`/${uploaded.body.id}`), staff.token)).body['createdByName']).toBe(
      'Una Reyes',
    );
  });

  it('reads UTF-8 with a BOM, quoted fields and line breaks inside quotes', async () => {
    const response = await upload(fixture('students-bom-quoted.csv'), { fileType: 'Students' });

    expect(response.body).toMatchObject({ rows: 2, errors: 0, warnings: 0 });
  });

  it('reports missing required columns, duplicate headers and unknown columns', async () => {
    const missing = await upload(fixture('mentors-missing-columns.csv'));
    const headers = await upload(fixture('mentors-headers.csv'));

    expect((await findingsOf(missing.body.id)).items).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          code: 'missing_column',
          column: 'last_name',
          severity: 'error',
          row: null,
        }),
        expect.objectContaining({ code: 'missing_column', column: 'username', severity: 'error' }),
        expect.objectContaining({ code: 'recommended_column_missing', severity: 'warning' }),
      ]),
    );
    expect(codes(await findingsOf(headers.body.id))).toEqual(
      expect.arrayContaining(['duplicate_header', 'unknown_column']),
    );
    const unknown = (await findingsOf(headers.body.id)).items.find((item) => item.code === 'unknown_column');
    expect(unknown).toMatchObject({ column: 'favourite_colour', severity: 'warning' });
  });

  it('reports an empty file, and a header with no rows', async () => {
    const empty = await upload(fixture('empty.csv'));
    const headerOnly = await upload(fixture('header-only.csv'));

    expect(codes(await findingsOf(empty.body.id))).toEqual(['empty_file']);
    expect(codes(await findingsOf(headerOnly.body.id))).toContain('empty_file');
    expect(empty.body.errors).toBe(1);
  });

  it('names each row’s problem with its row (1 the first after the header), column, value, code and severity, and counts them by code', async () => {
    const response = await upload(fixture('mentors-row-errors.csv'));
    const page = await findingsOf(response.body.id);
    const at = (row: number) =>
      page.items.filter((item) => item.row === row).map((item) => [item.code, item.column]);

    expect(response.body.rows).toBe(7);
    expect(at(1)).toEqual([['missing_value', 'first_name']]);
    expect(at(2)).toEqual([['malformed_email', 'email_address']]);
    expect(at(3)).toEqual([['wrong_value', 'user_type']]);
    expect(at(4)).toEqual([
      ['not_a_whole_number', 'mentor_information_attributes:maximum_mentees'],
      ['not_allowed_value', 'mentor_information_attributes:student_contact_preference'],
      ['not_a_whole_number', 'mentor_information_attributes:maximum_student_contacts_per_month'],
    ]);
    expect(at(5)).toEqual([
      ['duplicate_value', 'email_address'],
      ['duplicate_value', 'username'],
    ]);
    expect(at(6)).toEqual([['recommended_value_missing', 'mentor_information_attributes:maximum_mentees']]);
    expect(at(7)).toEqual([['single_sign_on_not_used', 'auth_identifier']]);
    expect(page.items.find((item) => item.row === 3)).toMatchObject({ value: 'mentors', severity: 'error' });
    expect(page.summary).toEqual(
      expect.arrayContaining([
        { code: 'duplicate_value', severity: 'error', count: 2 },
        { code: 'recommended_value_missing', severity: 'warning', count: 1 },
      ]),
    );
    const warnings = await findingsOf(response.body.id, '?severity=warning');
    expect(warnings.items.every((item) => item.severity === 'warning')).toBe(true);
  });

  it('pages the imports newest first and their findings as found, by cursor, each once', async () => {
    const uploaded = await upload(fixture('mentors-row-errors.csv'));
    const findingsWritten = await system.db.query<{ code: string; column: string | null }>(
      'select code, "column" from importer.import_finding where import_id = $1 order by seq',
      [uploaded.body.id],
    );
    const importsWritten = await system.db.query<{ id: string }>(
      'select id from importer.import where institution_id = $1 order by created_at desc, id desc',
      [institutionId],
    );

    const findings = await everyPage<Finding>(
      system,
      imports(`/${uploaded.body.id}/findings`),
      staff.token,
      2,
    );
    const listed = await everyPage<ImportBody>(system, imports(), staff.token, 2);

    expect(findingsWritten.length).toBeGreaterThan(4);
    expect(findings.flat().map(({ code, column }) => ({ code, column }))).toEqual(findingsWritten);
    expect(importsWritten.length).toBeGreaterThan(2);
    expect(listed.flat().map((item) => item.id)).toEqual(importsWritten.map((row) => row.id));
    await expectPagingChecked(system, imports(`/${uploaded.body.id}/findings`), staff.token);
    await expectPagingChecked(system, imports(), staff.token);
  });

  it('refuses a findings cursor past the int4 finding numbers with a 400 naming it', async () => {
    const uploaded = await upload(fixture('mentors-row-errors.csv'));

    const refused = await system.api.get<{ errors: Array<{ field: string }> }>(
      imports(`/${uploaded.body.id}/findings?cursor=${craftedCursor({ after: [3_000_000_000] })}`),
      staff.token,
    );

    expect(refused.status).toBe(400);
    expect(refused.body.errors).toEqual([expect.objectContaining({ field: 'cursor' })]);
  });

  it('replaces the rows and findings when a corrected file is uploaded for the same import', async () => {
    const first = await upload(fixture('mentors-row-errors.csv'));
    const corrected = form(fixture('mentors-valid.csv'));
    corrected.delete('fileType');
    corrected.delete('mode');

    const replaced = await uploadAnalysed<ImportBody>(
      system,
      imports(`/${first.body.id}/file`),
      corrected,
      staff.token,
      'PUT',
    );

    expect(replaced.status).toBe(202);
    expect(replaced.body).toMatchObject({ id: first.body.id, rows: 2, errors: 0, warnings: 0 });
    expect((await findingsOf(first.body.id)).items).toEqual([]);
  });

  // Files it cannot read (too large, binary, not UTF-8, too wide, a line too long): security/hostile-uploads.spec.ts.
  it('refuses a wrong upload form with a 400 naming what is wrong, and takes a long line', async () => {
    const longLine = `first_name,last_name\n"${'x'.repeat(190_000)}",y\n`;

    const noFile = await system.api.upload(
      imports(),
      (() => {
        const body = new FormData();
        body.set('fileType', 'Mentors');
        body.set('mode', 'manual');
        return body;
      })(),
      staff.token,
    );
    const badFields = await upload(fixture('mentors-valid.csv'), {
      fileType: 'Teachers',
      mode: 'weekly',
      colour: 'blue',
    });
    const json = await system.api.post(imports(), { fileType: 'Mentors' }, staff.token);
    const line = await upload(longLine);
    const sensitiveSync = await upload(fixture('mentors-valid.csv'), {
      mode: 'sync',
      sensitiveFields: 'true',
    });

    expect(noFile.status).toBe(400);
    expect(badFields.status).toBe(400);
    expect(
      (badFields.body as unknown as { errors: Array<{ field: string }> }).errors
        .map((error) => error.field)
        .sort(),
    ).toEqual(['colour', 'fileType', 'mode']);
    expect(json.status).toBe(400);
    expect(line.status).toBe(202);
    expect(sensitiveSync.status).toBe(400);
    expect(JSON.stringify(sensitiveSync.body)).toContain('manual files only');
    expect((await fetch(`${system.app('importer').url}/health/ready`)).status).toBe(200);
  });

  it("hides another institution's imports (404)", async () => {
    const mine = await upload(fixture('mentors-valid.csv'));
    const other = await createInstitution(system, admin);
    const otherStaff = await addStaffMember(system, admin, other, 'career_services_staff');

    expect((await system.api.get(imports(`/${mine.body.id}`, other), otherStaff.token)).status).toBe(404);
    expect((await system.api.get(imports(`/${mine.body.id}`), otherStaff.token)).status).toBe(404);
  });
});

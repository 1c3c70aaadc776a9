import {
  addMember,
  createUser,
  ImportsClient,
  institutionWithStaff,
  MENTORS_HEADER,
  type StaffedInstitution,
  uploadAnalysed,
} from '@careers/testing';
import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { expectAccessible } from './support/accessibility';
import { screenshot } from './support/screenshot';
import { signIn } from './support/sign-in';
import { useWebTest } from './support/web-test';

describe('staff import a mentors file: findings, a corrected file, the dry run, the run and its failed rows', () => {
  const web = useWebTest();
  let school: StaffedInstitution;
  const domain = `mentors-${randomUUID().slice(0, 6)}.test`;
  const at = (local: string) => `${local}@${domain}`;

  beforeAll(async () => {
    school = await institutionWithStaff(web.system, 'career_services_staff', {
      institution: 'Lakeside College',
      staff: 'Casey Staff',
    });
    // What makes rows fail when they run, though the analyzers find nothing wrong in them: grace01 is already
    // another mentor's username here, and boss@ is an employer's email.
    await addMember(web.system, school.institutionId, {
      email: at('someone-else'),
      name: 'Someone Else',
      username: 'grace01',
      userType: 'mentor',
    });
    await createUser(web.system.db, { email: at('boss'), name: 'Boss Employer', userType: 'employer' });
  });

  /** The file with errors: a malformed email, a fraction, a preference not allowed, a lower-case user type. */
  const withErrors = () =>
    csv([
      `Ada,Lovelace,${at('ada')},ada01,Mentors,3,allowed`,
      `Alan,Turing,not-an-email,alan01,Mentors,3,allowed`,
      `Grace,Hopper,${at('grace')},grace01,Mentors,2.5,maybe`,
      `Boss,Employer,${at('boss')},boss01,Mentors,1,allowed`,
      `Katherine,Johnson,${at('katherine')},katherine01,mentors,2,not allowed`,
    ]);
  const corrected = () =>
    csv([
      `Ada,Lovelace,${at('ada')},ada01,Mentors,3,allowed`,
      `Alan,Turing,${at('alan')},alan01,Mentors,3,allowed`,
      `Grace,Hopper,${at('grace')},grace01,Mentors,2,not allowed`,
      `Boss,Employer,${at('boss')},boss01,Mentors,1,allowed`,
      `Katherine,Johnson,${at('katherine')},katherine01,Mentors,2,not allowed`,
    ]);

  it('goes from a file with errors to a finished run, its results and the failed rows as a CSV download', async () => {
    const page = await web.open('/login');
    await page.setViewportSize({ width: 1280, height: 800 });
    await signIn(page, school.staff.email, school.staff.password);
    await page.goto(`/schools/${school.institutionId}/imports`);
    await page.getByRole('heading', { name: 'Importer', level: 1 }).waitFor();
    await page.getByText('No file has been imported yet.').waitFor();
    await expectAccessible(page);

    await page.getByRole('link', { name: 'New import' }).click();
    await page.getByRole('heading', { name: 'New import' }).waitFor();
    await chooseFile(page, 'File', 'mentors.csv', withErrors());
    await page.getByRole('combobox', { name: 'File type' }).click();
    await page.getByRole('option', { name: 'Mentors' }).click();
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Upload', exact: true }).click();

    await page.getByRole('heading', { name: 'mentors.csv', level: 1 }).waitFor();
    await page.getByRole('heading', { name: 'Findings' }).waitFor();
    const kind = (name: string) => page.getByRole('region', { name });
    await kind('Not an email address (1)').getByRole('cell', { name: 'not-an-email' }).waitFor();
    const fraction = kind('Not a whole number (1)').getByRole('row').nth(1);
    expect(await cellsOf(fraction)).toEqual([
      '3',
      'mentor_information_attributes:maximum_mentees',
      '2.5',
      expect.any(String),
    ]);
    await kind('Value not allowed (1)').getByRole('cell', { name: 'maybe', exact: true }).waitFor();
    await kind('Wrong value (1)').getByRole('cell', { name: 'mentors', exact: true }).waitFor();
    await page.getByText('4 errors to correct before the file can be submitted.').waitFor();
    const submit = page.getByRole('button', { name: 'Submit and request run' });
    expect(await submit.isDisabled()).toBe(true);
    await page.getByText('The file has 4 errors: upload a corrected file first.').waitFor();
    await expectAccessible(page);
    await kind('Not an email address (1)').scrollIntoViewIfNeeded();
    await screenshot(page, 'importer-findings');

    await chooseFile(page, 'Corrected file', 'mentors-corrected.csv', corrected());
    await page.getByRole('button', { name: 'Upload corrected file' }).click();
    await page.getByText('No errors: the file can be submitted.').waitFor();
    expect(await page.getByRole('region', { name: /Not an email address/ }).count()).toBe(0);
    const dryRun = page.getByRole('table', { name: 'Dry run' });
    await page.getByRole('group', { name: 'Dry run: rows by outcome' }).getByText('Create: 3').waitFor();
    await page.getByRole('group', { name: 'Dry run: rows by outcome' }).getByText('Fail: 2').waitFor();
    await dryRun
      .getByRole('row', { name: /^1 Create/ })
      .getByText(`email: ${at('ada')}`)
      .waitFor();
    await dryRun
      .getByRole('row', { name: /^3 Fail/ })
      .getByText(/grace01 belongs to another person/)
      .waitFor();
    await dryRun
      .getByRole('row', { name: /^4 Fail/ })
      .getByText(/another type \(employer\)/)
      .waitFor();
    await expectAccessible(page);

    expect(await submit.isDisabled()).toBe(false);
    await submit.click();
    await page.getByRole('heading', { name: 'Run', exact: true }).waitFor();
    await page.getByRole('status').getByText('Finished: 5 of 5 rows').waitFor();
    await page.getByText(/^Submitted .* by Casey Staff; finished /).waitFor();
    await page.getByText(/ by Casey Staff$/).waitFor();
    await page.getByRole('heading', { name: 'Results' }).waitFor();
    const results = page.getByRole('table', { name: 'Results' });
    await results.getByRole('row', { name: /^5 Create/ }).waitFor();
    await expectAccessible(page);

    await page.getByRole('combobox', { name: 'Show results rows' }).click();
    await page.getByRole('option', { name: 'Fail' }).click();
    await results.getByRole('row', { name: /^5 Create/ }).waitFor({ state: 'detached' });
    await results.getByRole('row', { name: /^4 Fail/ }).waitFor();
    expect(await results.getByRole('row').allInnerTexts()).toEqual([
      expect.stringContaining('Row'),
      expect.stringMatching(/^3\s+Fail[\s\S]*grace01 belongs to another person/i),
      expect.stringMatching(/^4\s+Fail[\s\S]*another type \(employer\)/i),
    ]);
    await expectAccessible(page);

    const downloading = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download failed rows' }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toBe('mentors-corrected-failed-rows.csv');
    const failedRows = (await readFile(await download.path(), 'utf8'))
      .replace(/^\uFEFF/, '')
      .trim()
      .split(/\r?\n/);
    expect(failedRows[0]).toBe(`${MENTORS_HEADER},error`);
    expect(failedRows).toHaveLength(3);
    expect(failedRows[1]).toMatch(
      new RegExp(`^Grace,Hopper,${at('grace')},grace01,Mentors,2,not allowed,.*grace01`),
    );
    expect(failedRows[2]).toMatch(
      new RegExp(`^Boss,Employer,${at('boss')},boss01,Mentors,1,allowed,.*employer`),
    );

    await page.getByRole('link', { name: 'Back to the importer' }).click();
    const listed = page.getByRole('row', { name: /mentors-corrected\.csv/ });
    await listed.getByText('Completed').waitFor();
    expect(await cellsOf(listed)).toEqual([
      'mentors-corrected.csv',
      'Mentors',
      'Manual',
      'Completed',
      '5',
      '0',
      expect.any(String),
      'Casey Staff',
    ]);
    await expectAccessible(page);
  });

  it('shows the refusal in words when the file gained errors after the page was read', async () => {
    const imports = new ImportsClient(web.system, school.institutionId, school.staff.token);
    const clean = await imports.upload(
      MENTORS_HEADER,
      [`Mary,Jackson,${at('mary')},mary01,Mentors,1,allowed`],
      {
        fileType: 'Mentors',
        mode: 'manual',
      },
    );
    const page = await web.open('/login');
    await signIn(page, school.staff.email, school.staff.password);
    await page.goto(`/schools/${school.institutionId}/imports/${clean.id}`);
    await page.getByText('No errors: the file can be submitted.').waitFor();

    // Someone else replaces the file with one that has an error while the page is open.
    const form = new FormData();
    form.set(
      'file',
      new Blob([csv([`Mary,Jackson,not-an-email,mary01,Mentors,1,allowed`]).toString('utf8')]),
      'mentors.csv',
    );
    const replaced = await uploadAnalysed<{ status?: string; errors: number }>(
      web.system,
      imports.path(`/${clean.id}/file`),
      form,
      school.staff.token,
      'PUT',
    );
    expect(replaced.body.errors).toBe(1);

    await page.getByRole('button', { name: 'Submit and request run' }).click();
    const refusal = page.getByRole('alert').filter({ hasText: 'Import has errors' });
    await refusal.getByText(/The file has 1 error finding/).waitFor();
    await page.getByText('The file has 1 error: upload a corrected file first.').waitFor();
    await page.getByRole('region', { name: 'Not an email address (1)' }).waitFor();
    expect(await page.getByRole('button', { name: 'Submit and request run' }).isDisabled()).toBe(true);
    await expectAccessible(page);
  });

  it('says why a file could not be analysed, and takes a corrected one', async () => {
    const page = await web.open('/login');
    await signIn(page, school.staff.email, school.staff.password);
    await page.goto(`/schools/${school.institutionId}/imports/new`);
    await chooseFile(
      page,
      'File',
      'mentors-latin1.csv',
      Buffer.concat([csv([]), Buffer.from([0x41, 0xe9, 0x0a])]),
    );
    await page.getByRole('combobox', { name: 'File type' }).click();
    await page.getByRole('option', { name: 'Mentors' }).click();
    await page.getByRole('button', { name: 'Upload', exact: true }).click();

    const failure = page.getByRole('alert').filter({ hasText: 'The file could not be analysed' });
    await failure
      .getByText('The file is not UTF-8 text: save it as "CSV UTF-8" and upload it again.')
      .waitFor();
    await expectAccessible(page);
    await chooseFile(
      page,
      'Corrected file',
      'mentors-utf8.csv',
      csv([`Dorothy,Vaughan,${at('dorothy')},dorothy01,Mentors,2,allowed`]),
    );
    await page.getByRole('button', { name: 'Upload corrected file' }).click();
    await page.getByText('No errors: the file can be submitted.').waitFor();
    await page.getByRole('group', { name: 'Dry run: rows by outcome' }).getByText('Create: 1').waitFor();
  });
});

function csv(lines: string[]): Buffer {
  return Buffer.from([MENTORS_HEADER, ...lines].join('\n') + '\n', 'utf8');
}

/** Chooses a file in a file input as a person would: its button opens the file chooser. */
async function chooseFile(page: Page, label: string, name: string, buffer: Buffer): Promise<void> {
  const [chooser] = await Promise.all([
    page.waitForEvent('filechooser'),
    page.getByRole('button', { name: label, exact: true }).click(),
  ]);
  await chooser.setFiles({ name, mimeType: 'text/csv', buffer });
}

async function cellsOf(row: ReturnType<Page['getByRole']>): Promise<string[]> {
  return (await row.getByRole('cell').allTextContents()).map((text) => text.trim());
}

import {
  addContact,
  addLabel,
  institutionWithStaff,
  type Person,
  signUpVerified,
  STRONG_PASSWORD,
  type StaffedInstitution,
  uniqueEmail,
  waitFor,
} from '@careers/testing';
import type { Page } from 'playwright-core';
import { expectAccessible } from './support/accessibility';
import { screenshot } from './support/screenshot';
import { signIn } from './support/sign-in';
import { useWebTest } from './support/web-test';

const SCHOOL = 'Lakeside College';

describe('staff invite employer contacts: a filtered set and a checked one, each getting the mail of its outcome', () => {
  const web = useWebTest();
  let school: StaffedInstitution;
  let loner: Person;
  let staffed: Person;
  const newcomerEmail = uniqueEmail('newcomer');
  const checkedEmail = uniqueEmail('checked');

  beforeAll(async () => {
    const { system } = web;
    school = await institutionWithStaff(system, 'career_services_admin', { institution: SCHOOL });
    const { institutionId, staff } = school;
    const fair = await addLabel(system, staff.token, institutionId, 'Career fair 2026');
    const alumni = await addLabel(system, staff.token, institutionId, 'Alumni employer');
    loner = await signUpVerified(system, 'employer', 'Lee Loner');
    staffed = await signUpVerified(system, 'employer', 'Sue Staffed');
    const company = await system.api.post('/v1/companies', { name: 'Staffed Inc' }, staffed.token);
    if (company.status !== 201) throw new Error(`creating a company failed: ${JSON.stringify(company.body)}`);
    const add = (fields: Record<string, unknown>) => addContact(system, staff.token, institutionId, fields);
    await add({ firstName: 'Nia', lastName: 'Newcomer', email: newcomerEmail, labelIds: [fair] });
    await add({
      firstName: 'Lee',
      lastName: 'Loner',
      email: loner.email,
      labelIds: [fair],
      source: 'career_fair',
    });
    await add({
      firstName: 'Sue',
      lastName: 'Staffed',
      email: staffed.email,
      labelIds: [fair, alumni],
      companyName: 'Staffed Inc',
    });
    await add({
      firstName: 'Chen',
      lastName: 'Checked',
      email: checkedEmail,
      companyName: 'Orbital Analytics',
    });
    await add({
      firstName: 'Omar',
      lastName: 'Other',
      labelIds: [alumni],
      companyName: 'Northwind',
      source: 'job_posting',
    });
    // The contacts of people with accounts link to them in the background.
    await waitFor('the contacts to link to their accounts', async () => {
      const linked = await system.api.get<{ items: unknown[] }>(
        `/v1/institutions/${institutionId}/contacts?linked=true`,
        staff.token,
      );
      return linked.body.items.length === 2 ? true : undefined;
    });
  });

  const drafts = async () => {
    const { institutionId, staff } = school;
    const listed = await web.system.api.get<{ items: { status: string }[] }>(
      `/v1/institutions/${institutionId}/bulk-invites`,
      staff.token,
    );
    return listed.body.items.filter((invite) => invite.status === 'draft').length;
  };

  const inviteFromMenu = async (page: Page, item: string) => {
    await page.getByRole('button', { name: 'Bulk actions' }).click();
    await page.getByRole('menuitem', { name: item }).click();
  };

  it('reminds staff to set the employer approval defaults first, then invites, sends and each mail’s link works', async () => {
    const { institutionId, staff } = school;
    const page = await web.open('/login');
    await page.setViewportSize({ width: 1280, height: 800 });
    await signIn(page, staff.email, staff.password);
    await page.goto(`/schools/${institutionId}/contacts`);
    await page.getByRole('link', { name: 'Omar Other' }).waitFor();
    await screenshot(page, 'contacts');
    await expectAccessible(page);

    await inviteFromMenu(page, 'Invite employer contacts');
    const dialog = page.getByRole('dialog', { name: 'Invite employer contacts' });
    await dialog.getByText(/default employer approval setting/).waitFor();
    expect(await dialog.getByRole('link', { name: 'Go to School settings' }).getAttribute('href')).toBe(
      `/schools/${institutionId}/settings`,
    );
    await expectAccessible(page);
    await dialog.getByRole('button', { name: 'Close', exact: true }).click();
    const settings = await web.system.api.patch(
      `/v1/institutions/${institutionId}/settings`,
      { employerApproval: { approval: 'review', permissions: ['post_jobs'] } },
      staff.token,
    );
    expect(settings.status).toBe(200);

    await page.getByRole('combobox', { name: 'Labels' }).click();
    await page.getByRole('option', { name: 'Career fair 2026' }).click();
    await page.keyboard.press('Escape');
    await page.getByRole('link', { name: 'Omar Other' }).waitFor({ state: 'detached' });
    await page.getByRole('link', { name: 'Chen Checked' }).waitFor({ state: 'detached' });
    await page.getByRole('link', { name: 'Nia Newcomer' }).waitFor();
    expect(new URL(page.url()).searchParams.getAll('label')).toHaveLength(1);

    await inviteFromMenu(page, 'Invite employer contacts');
    await dialog.getByText('3 contacts will get an email (of the 3 matching).').waitFor();
    await expectAccessible(page);
    await dialog.getByRole('button', { name: 'Confirm' }).click();
    await page.getByRole('heading', { name: 'Bulk invite' }).waitFor();
    await page.getByRole('heading', { name: 'Invitation demographics' }).waitFor();
    expect(await outcomeCounts(page)).toEqual({
      'No account': '1',
      'Account without a company': '1',
      'Account with a company': '1',
      'Connected already': '0',
    });
    await page.getByRole('button', { name: 'Send' }).waitFor();
    await screenshot(page, 'bulk-invite');
    await page.getByRole('button', { name: 'Preview the email: No account' }).click();
    await page.getByText(`Subject: ${SCHOOL} invites you`).waitFor();
    await page
      .getByText(/Create your account/)
      .first()
      .waitFor();
    await expectAccessible(page);

    await page.getByRole('button', { name: 'Send' }).click();
    await page.getByText('Sent: 3 of 3 emails.').waitFor();
    await page.getByRole('heading', { name: 'Employer actions taken' }).waitFor();
    await expectAccessible(page);

    await page.goto(`/schools/${institutionId}/contacts`);
    await page.getByRole('checkbox', { name: 'Select Chen Checked' }).check();
    // Counted, then cancelled: the draft made to count leaves the history; so does one discarded from its page.
    await inviteFromMenu(page, 'Invite checked employer contacts');
    await dialog.getByText('1 contact will get an email (of the 1 checked).').waitFor();
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await waitFor('no draft left in the history', async () => ((await drafts()) === 0 ? true : undefined));
    await inviteFromMenu(page, 'Invite checked employer contacts');
    await dialog.getByRole('button', { name: 'Confirm' }).click();
    await page.getByRole('button', { name: 'Discard draft' }).click();
    await page.getByRole('heading', { name: 'Contacts' }).waitFor();
    expect(await drafts()).toBe(0);
    await page.getByRole('checkbox', { name: 'Select Chen Checked' }).check();
    await inviteFromMenu(page, 'Invite checked employer contacts');
    await dialog.getByText('1 contact will get an email (of the 1 checked).').waitFor();
    await dialog.getByRole('button', { name: 'Confirm' }).click();
    await page.getByRole('heading', { name: 'Invitation demographics' }).waitFor();
    await page.getByRole('button', { name: 'Send' }).click();
    await page.getByText('Sent: 1 of 1 emails.').waitFor();

    const { smtp } = web.system;
    const createAccount = await smtp.waitForMail(newcomerEmail, /invites you/);
    await smtp.waitForMail(checkedEmail, /invites you/);
    const connect = await smtp.waitForMail(loner.email, /would like to connect/);
    const schoolAdded = await smtp.waitForMail(staffed.email, /added to your schools/);

    const newcomer = await web.open(web.linkIn(createAccount));
    await newcomer.getByRole('heading', { name: `${SCHOOL} invites you` }).waitFor();
    await expectAccessible(newcomer);
    await newcomer.getByLabel('Full name').fill('Nia Newcomer');
    await newcomer.getByRole('textbox', { name: 'Password' }).fill(STRONG_PASSWORD);
    await newcomer.getByRole('button', { name: 'Create account' }).click();
    await newcomer.getByText('Your request was sent').waitFor();

    const lee = await web.open('/login');
    await signIn(lee, loner.email, loner.password);
    await lee.goto(web.linkIn(connect));
    await lee.getByRole('button', { name: `Connect with ${SCHOOL}` }).click();
    await lee.getByText('Your request was sent').waitFor();
    await expectAccessible(lee);

    const sue = await web.open(web.linkIn(schoolAdded));
    expect(new URL(sue.url()).pathname).toBe('/login');
    await signIn(sue, staffed.email, staffed.password);
    await sue.goto('/me/requests');
    await sue.getByRole('cell', { name: SCHOOL }).waitFor();

    const requests = await web.system.api.get<{ items: Array<{ requester: { email: string } }> }>(
      `/v1/institutions/${institutionId}/join-requests?kind=employer&status=pending`,
      staff.token,
    );
    expect(requests.body.items.map((request) => request.requester.email).sort()).toEqual(
      [newcomerEmail, loner.email, staffed.email].sort(),
    );
  });
});

/** The demographics table's count for each outcome, by the outcome's name. */
async function outcomeCounts(page: Page): Promise<Record<string, string>> {
  const counts: Record<string, string> = {};
  for (const row of await page.getByRole('row').all()) {
    const header = await row.getByRole('rowheader').allTextContents();
    const cells = await row.getByRole('cell').allTextContents();
    if (header[0] && cells[0] !== undefined && !header[0].startsWith('Cannot')) counts[header[0]] = cells[0];
  }
  return counts;
}

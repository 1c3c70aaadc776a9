import {
  createInstitution,
  institutionWithStaff,
  STRONG_PASSWORD,
  TEST_ADMIN,
  uniqueEmail,
} from '@careers/testing';
import { expectAccessible } from './support/accessibility';
import { screenshot } from './support/screenshot';
import { signIn } from './support/sign-in';
import { useWebTest } from './support/web-test';

describe("a school administrator manages the school's career services staff", () => {
  const web = useWebTest();

  it('adds a member who sets a password from the mail and lands in the console; the last administrator stays', async () => {
    const school = await institutionWithStaff(web.system, 'career_services_admin', { staff: 'Ada Admin' });
    const email = uniqueEmail('grace');

    const page = await web.open('/login');
    await signIn(page, school.staff.email, school.staff.password);
    await page.getByRole('link', { name: 'Staff' }).click();
    await page.getByRole('heading', { name: 'Staff', level: 1 }).waitFor();
    await page
      .getByRole('row', { name: /Ada Admin/ })
      .getByText('The only administrator')
      .waitFor();
    expect(await page.getByRole('button', { name: 'Remove Ada Admin' }).count()).toBe(0);
    await expectAccessible(page);
    await page.getByLabel('Full name').fill('Grace Hopper');
    await page.getByLabel('Email').fill(email);
    await page.getByRole('button', { name: 'Add staff member' }).click();
    await page
      .getByText('Grace Hopper was added: they get an email with a link to set their password.')
      .waitFor();
    const graceRow = page.getByRole('row', { name: /Grace Hopper/ });
    await graceRow.getByText('Invited').waitFor();
    await expectAccessible(page);

    const mail = await web.system.smtp.waitForMail(email, /career services/);
    const newcomer = await web.open(web.linkIn(mail));
    await newcomer.getByRole('heading', { name: 'Set your password' }).waitFor();
    await expectAccessible(newcomer);
    await newcomer.getByRole('textbox', { name: 'Password' }).fill(STRONG_PASSWORD);
    await newcomer.getByRole('button', { name: 'Save password' }).click();
    await newcomer.getByText('Your password is set').waitFor();
    await newcomer.getByRole('link', { name: 'Sign in' }).click();
    await expectAccessible(newcomer);
    await signIn(newcomer, email, STRONG_PASSWORD);
    await newcomer.waitForURL((url) => url.pathname.startsWith(`/schools/${school.institutionId}/`));
    await newcomer.getByRole('link', { name: 'Staff' }).click();
    await newcomer
      .getByRole('row', { name: /Grace Hopper/ })
      .getByText('Active')
      .first()
      .waitFor();
    expect(await newcomer.getByRole('button', { name: 'Add staff member' }).count()).toBe(0);
    await expectAccessible(newcomer);

    // Grace becomes an administrator too: now either may be removed.
    await page.reload();
    await page.getByRole('combobox', { name: 'Role of Grace Hopper' }).click();
    await page.getByRole('option', { name: 'Career services administrator' }).click();
    await page.getByRole('button', { name: 'Remove Ada Admin' }).waitFor();
    await page.setViewportSize({ width: 1280, height: 800 });
    await screenshot(page, 'staff');

    // Meanwhile the platform administrator takes Grace off the staff; Ada's page still shows two administrators.
    const listed = await web.system.api.get<{ items: { userId: string; email: string }[] }>(
      `/v1/institutions/${school.institutionId}/staff`,
      school.admin,
    );
    const grace = listed.body.items.find((member) => member.email === email);
    const removed = await web.system.api.delete(
      `/v1/institutions/${school.institutionId}/staff/${grace?.userId}`,
      school.admin,
    );
    expect(removed.status).toBe(204);
    await page.getByRole('button', { name: 'Remove Ada Admin' }).click();
    await page
      .getByRole('dialog', { name: 'Remove from the staff' })
      .getByRole('button', { name: 'Remove' })
      .click();
    await page
      .getByRole('alert')
      .getByText(/keeps at least one career services administrator/)
      .waitFor();
    await page
      .getByRole('row', { name: /Ada Admin/ })
      .getByText('The only administrator')
      .waitFor();
    await expectAccessible(page);
    const staff = await web.system.api.get(`/v1/institutions/${school.institutionId}/staff`, school.admin);
    expect(staff.body['items']).toEqual([
      expect.objectContaining({ name: 'Ada Admin', role: 'career_services_admin' }),
    ]);
  });

  it("lets the platform administrator add a new school's first administrator from the institutions", async () => {
    const name = `First Admin College ${Date.now()}`;
    const institutionId = await createInstitution(web.system, await web.system.adminToken(), name);
    const email = uniqueEmail('first-admin');

    const page = await web.open('/login');
    await signIn(page, TEST_ADMIN.email, TEST_ADMIN.password);
    await page.getByRole('heading', { name: 'Institutions' }).waitFor();
    await page.getByLabel('Search institutions').fill(name);
    await page.getByRole('link', { name }).click();
    await page.getByRole('heading', { name: 'Staff', level: 1 }).waitFor();
    await page.getByText('The school has no career services staff yet.').waitFor();
    await expectAccessible(page);
    await page.getByLabel('Full name').fill('Frances First');
    await page.getByLabel('Email').fill(email);
    await page.getByRole('combobox', { name: 'Role' }).click();
    await page.getByRole('option', { name: 'Career services administrator' }).click();
    await page.getByRole('button', { name: 'Add staff member' }).click();
    await page
      .getByRole('row', { name: /Frances First/ })
      .getByText('The only administrator')
      .waitFor();
    await expectAccessible(page);
    await web.system.smtp.waitForMail(email, /career services/);
    const staff = await web.system.api.get(
      `/v1/institutions/${institutionId}/staff`,
      await web.system.adminToken(),
    );
    expect(staff.body['items']).toEqual([
      expect.objectContaining({ email, role: 'career_services_admin', membershipStatus: 'active' }),
    ]);
  });
});

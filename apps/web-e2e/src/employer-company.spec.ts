import { institutionWithStaff, signUpVerified, STRONG_PASSWORD } from '@careers/testing';
import { expectAccessible } from './support/accessibility';
import { screenshot } from './support/screenshot';
import { signIn } from './support/sign-in';
import { signUpAndConfirm } from './support/sign-up';
import { useWebTest } from './support/web-test';

describe("an employer creates their company's profile and leaves it", () => {
  const web = useWebTest();

  it('signs up, creates the profile as its first staff member, leaves, and may join again', async () => {
    const domain = `orbital-${Date.now()}.example.com`;
    // A company with a domain takes on staff with an email at it only.
    const email = `erin@${domain}`;

    const page = await web.open('/signup');
    await signUpAndConfirm(web, page, {
      as: 'An employer',
      name: 'Erin Employer',
      email,
      password: STRONG_PASSWORD,
    });
    await signIn(page, email, STRONG_PASSWORD);

    await page.getByRole('link', { name: 'Companies' }).click();
    await page.getByRole('heading', { name: 'Companies', level: 1 }).waitFor();
    await expectAccessible(page);
    await page.getByLabel('Company name').fill('Orbital Analytics');
    await page.getByLabel('Domain').fill(domain);
    await page.getByLabel('Website').fill(`https://${domain}`);
    await page.getByRole('button', { name: 'Create company profile' }).click();

    await page.getByRole('heading', { name: 'Orbital Analytics', level: 1 }).waitFor();
    const companyId = page.url().split('/companies/')[1] ?? '';
    await page.getByRole('cell', { name: 'Erin Employer (you)' }).waitFor();
    await page.getByRole('cell', { name: domain, exact: true }).waitFor();
    await expectAccessible(page);
    await page.setViewportSize({ width: 1280, height: 800 });
    await screenshot(page, 'employer-company');

    await page.getByRole('button', { name: 'Leave this company' }).click();
    await page
      .getByRole('dialog', { name: 'Leave the company' })
      .getByRole('button', { name: 'Leave' })
      .click();
    await page.getByText('You left Orbital Analytics’s staff. The profile stays.').waitFor();
    await page.getByRole('button', { name: 'Join this company’s staff' }).waitFor();
    await page.getByText('Only the company’s own staff see who its staff members are.').waitFor();
    await expectAccessible(page);

    const token = await web.system.api.login(email, STRONG_PASSWORD);
    const staff = await web.system.api.get(`/v1/companies/${companyId}/staff`, token);
    expect(staff.status).toBe(404);
    const company = await web.system.api.get(`/v1/companies/${companyId}`, token);
    expect(company.body).toMatchObject({ name: 'Orbital Analytics', domain });

    await page.getByRole('button', { name: 'Join this company’s staff' }).click();
    await page.getByText('You joined Orbital Analytics’s staff.').waitFor();
    await page.getByRole('cell', { name: 'Erin Employer (you)' }).waitFor();
    expect((await web.system.api.get(`/v1/companies/${companyId}/staff`, token)).status).toBe(200);

    // A colleague who joins is shown by name.
    const colleague = await signUpVerified(web.system, 'employer', 'Cole Colleague', `cole@eu.${domain}`);
    await web.system.api.post(`/v1/companies/${companyId}/staff`, {}, colleague.token);
    await page.reload();
    await page.getByRole('cell', { name: 'Cole Colleague', exact: true }).waitFor();
    await page.getByRole('cell', { name: 'Erin Employer (you)' }).waitFor();
    await expectAccessible(page);

    // A school's career services find the profile in their console, read only.
    const school = await institutionWithStaff(web.system, 'career_services_staff', { staff: 'Sam Staff' });
    const staffPage = await web.open('/login');
    await signIn(staffPage, school.staff.email, school.staff.password);
    await staffPage.getByRole('link', { name: 'Companies' }).click();
    await staffPage.getByRole('heading', { name: 'Companies', level: 1 }).waitFor();
    await staffPage.getByLabel('Search companies').fill('orbital');
    await staffPage.getByRole('link', { name: 'Orbital Analytics' }).click();
    await staffPage.getByRole('heading', { name: 'Orbital Analytics', level: 1 }).waitFor();
    await staffPage.getByRole('cell', { name: domain, exact: true }).waitFor();
    await staffPage.getByText('Only the company’s own staff see who its staff members are.').waitFor();
    expect(
      await staffPage
        .getByRole('button')
        .filter({ hasText: /Join|Leave/ })
        .count(),
    ).toBe(0);
    await expectAccessible(staffPage);
  });
});

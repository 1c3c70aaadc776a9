import { institutionWithStaff } from '@careers/testing';
import { expectAccessible } from './support/accessibility';
import { signIn } from './support/sign-in';
import { useWebTest } from './support/web-test';

describe('a school administrator makes a SCIM token for the identity provider, sees it once, and revokes it', () => {
  const web = useWebTest();

  it('shows the token once, lists it without its secret, and a revoked token is refused at once', async () => {
    const school = await institutionWithStaff(web.system, 'career_services_admin', { staff: 'Ada Admin' });
    const scimStatus = async (token: string) =>
      (
        await fetch(`${web.system.api.baseUrl}/scim/v2/ServiceProviderConfig`, {
          headers: { authorization: `Bearer ${token}` },
        })
      ).status;

    const page = await web.open('/login');
    await signIn(page, school.staff.email, school.staff.password);
    await page.getByRole('link', { name: 'Settings' }).click();
    await page.getByRole('group', { name: 'SCIM provisioning' }).waitFor();
    await page.getByText('No tokens yet.').waitFor();
    await page.getByLabel('Label').fill('Entra ID students');
    await page.getByRole('button', { name: 'Make a token' }).click();
    await page.getByText('Token made: copy it now').waitFor();
    await page.getByRole('button', { name: 'Copy the token' }).waitFor();
    const token = (
      await page
        .locator('pre')
        .filter({ hasText: /^scim_/ })
        .innerText()
    ).trim();
    await page.getByRole('table', { name: 'SCIM tokens' }).getByText('Entra ID students').waitFor();
    await expectAccessible(page);
    expect(await scimStatus(token)).toBe(200);

    await page.reload();
    await page.getByRole('table', { name: 'SCIM tokens' }).getByText('Entra ID students').waitFor();
    expect(await page.getByText(token).count()).toBe(0);
    await page.getByRole('button', { name: 'Revoke Entra ID students' }).click();
    await page
      .getByRole('dialog', { name: 'Revoke this token?' })
      .getByRole('button', { name: 'Revoke' })
      .click();
    await page.getByText(/^Revoked /).waitFor();
    await expectAccessible(page);
    expect(await scimStatus(token)).toBe(401);
  });
});

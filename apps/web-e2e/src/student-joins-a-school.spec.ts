import { institutionWithStaff, STRONG_PASSWORD, uniqueEmail } from '@careers/testing';
import { expectAccessible } from './support/accessibility';
import { signIn } from './support/sign-in';
import { signUpAndConfirm } from './support/sign-up';
import { useWebTest } from './support/web-test';

describe('a student signs up, verifies the email from the mail, asks to join a school, and its staff approve', () => {
  const web = useWebTest();

  it('goes from the sign-up page to a request the school staff approve', async () => {
    const school = await institutionWithStaff(web.system, 'career_services_admin', {
      institution: 'Northfield State University',
    });
    const email = uniqueEmail('student');

    const page = await web.open('/signup');
    await expectAccessible(page);
    await signUpAndConfirm(web, page, {
      as: 'A student',
      name: 'Robin Student',
      email,
      password: STRONG_PASSWORD,
    });
    await expectAccessible(page);
    await page.getByRole('link', { name: 'Sign in' }).click();

    await expectAccessible(page);
    await signIn(page, email, STRONG_PASSWORD);
    await page.getByRole('heading', { name: 'My schools' }).waitFor();
    await page.getByRole('combobox', { name: 'School' }).fill('northfield st');
    await page.getByRole('option', { name: 'Northfield State University' }).click();
    await page.getByRole('button', { name: 'Ask to join' }).click();
    await page.getByText('Your request was sent').waitFor();
    await expectAccessible(page);

    await page.getByRole('link', { name: 'My requests' }).first().click();
    await page.getByRole('cell', { name: 'Northfield State University' }).waitFor();
    await page.getByRole('cell', { name: 'Pending' }).waitFor();
    await expectAccessible(page);

    const staff = await web.open('/login');
    await signIn(staff, school.staff.email, school.staff.password);
    const header = staff.getByRole('banner').getByRole('link', { name: /Pending requests/ });
    await header.getByText('1', { exact: true }).waitFor();
    await header.click();
    await staff.getByRole('heading', { name: 'Join requests' }).waitFor();
    await staff.getByRole('link', { name: 'Robin Student' }).waitFor();
    await expectAccessible(staff);
    await staff.getByRole('link', { name: 'Robin Student' }).click();
    await staff.getByRole('heading', { name: 'Robin Student' }).waitFor();
    await staff.getByText(email).waitFor();
    await staff.getByText('No one at the school has this name').waitFor();
    await expectAccessible(staff);
    await staff.getByRole('button', { name: 'Approve' }).click();
    await staff.getByText('Approved', { exact: true }).waitFor();
    await header.getByText('0', { exact: true }).waitFor();
    await expectAccessible(staff);

    await page.getByRole('link', { name: 'My schools' }).first().click();
    await page.reload();
    const membership = page.getByRole('region', { name: 'Northfield State University' });
    await membership.getByText('Active').waitFor();
    await expectAccessible(page);
  });
});

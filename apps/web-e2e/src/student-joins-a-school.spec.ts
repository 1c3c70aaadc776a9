import { institutionWithStaff, STRONG_PASSWORD, uniqueEmail } from '@careers/testing';
import { expectAccessible } from './support/accessibility';
import { signIn } from './support/sign-in';
import { WebTest } from './support/web-test';

describe('a student signs up, verifies the email from the mail, and asks to join a school', () => {
  let web: WebTest;

  beforeAll(async () => {
    web = await WebTest.start();
  });

  afterAll(async () => {
    await web?.stop();
  });

  it('goes from the sign-up page to a pending request the school sees', async () => {
    const school = await institutionWithStaff(web.system, 'career_services_admin', {
      institution: 'Northfield State University',
    });
    const email = uniqueEmail('student');

    const page = await web.open('/signup');
    await expectAccessible(page);
    await page.getByLabel('A student').check();
    await page.getByLabel('Full name').fill('Robin Student');
    await page.getByLabel('Email').fill(email);
    await page.getByRole('textbox', { name: 'Password' }).fill(STRONG_PASSWORD);
    await page.getByRole('button', { name: 'Create account' }).click();
    await page.getByRole('heading', { name: 'Check your email' }).waitFor();

    const mail = await web.system.smtp.waitForMail(email, /Confirm your email/);
    await page.goto(web.linkIn(mail));
    await page.getByText('Your email is verified').waitFor();
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

    const pending = await web.system.api.get(
      `/v1/institutions/${school.institutionId}/join-requests?status=pending`,
      school.staff.token,
    );
    expect(pending.body['items']).toEqual([
      expect.objectContaining({ requester: expect.objectContaining({ email }) }),
    ]);
  });
});

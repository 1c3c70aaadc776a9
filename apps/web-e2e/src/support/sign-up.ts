import type { Page } from 'playwright-core';
import type { WebTest } from './web-test';

/**
 * Signs up on the sign-up page as a person would (`as` is the choice of who they are, such as "A student"),
 * then follows the link of the confirmation mail: the page is left saying the email is verified.
 */
export async function signUpAndConfirm(
  web: WebTest,
  page: Page,
  person: { as: string; name: string; email: string; password: string },
): Promise<void> {
  await page.getByLabel(person.as).check();
  await page.getByLabel('Full name').fill(person.name);
  await page.getByLabel('Email').fill(person.email);
  await page.getByRole('textbox', { name: 'Password' }).fill(person.password);
  await page.getByRole('button', { name: 'Create account' }).click();
  await page.getByRole('heading', { name: 'Check your email' }).waitFor();
  const mail = await web.system.smtp.waitForMail(person.email, /Confirm your email/);
  await page.goto(web.linkIn(mail));
  await page.getByText('Your email is verified').waitFor();
}

import type { Page } from 'playwright-core';
import { expectAccessible } from './accessibility';
import { signIn } from './sign-in';
import type { WebTest } from './web-test';

/** A new browser where the person signs in and opens their profile from the header (checked for accessibility). */
export async function openOwnProfile(
  web: WebTest,
  person: { email: string; password: string },
): Promise<Page> {
  const page = await web.open('/login');
  await signIn(page, person.email, person.password);
  await page.getByRole('heading', { name: 'My schools' }).waitFor();
  await page.getByRole('link', { name: 'Profile' }).click();
  await page.getByRole('heading', { name: 'Profile' }).waitFor();
  await expectAccessible(page);
  return page;
}

/** Asks on the profile for the email to become `newEmail`, and waits until the page asks for the code sent there. */
export async function askForEmailChange(
  page: Page,
  newEmail: string,
  currentPassword: string,
): Promise<void> {
  await page.getByLabel('New email').fill(newEmail);
  await page.getByRole('textbox', { name: 'Current password' }).fill(currentPassword);
  await page.getByRole('button', { name: 'Send a code to the new email' }).click();
  await page.getByText(`We sent a six-digit code to ${newEmail}`).waitFor();
}

import { codeIn, signUpVerified, uniqueEmail } from '@careers/testing';
import { expectAccessible } from './support/accessibility';
import { askForEmailChange, openOwnProfile } from './support/profile';
import { signIn, signOut } from './support/sign-in';
import { useWebTest } from './support/web-test';

/**
 * A change of email asked for on the profile is told to the old address, with a link that stops it: whoever holds
 * the old mailbox keeps the account even if someone else knew the password.
 */
describe('the old address stops a change of email asked for on the profile', () => {
  const web = useWebTest();

  it('stops the change from the link in the mail to the old address: the code no longer works, the old address signs in', async () => {
    const person = await signUpVerified(web.system, 'student', 'Sam Student');
    const page = await openOwnProfile(web, person);
    const newEmail = uniqueEmail('sam-new');
    await askForEmailChange(page, newEmail, person.password);
    await expectAccessible(page);
    const code = codeIn(await web.system.smtp.waitForMail(newEmail, /Your code/));
    const notice = await web.system.smtp.waitForMail(person.email, /A change of your email address/);

    const link = web.linkIn(notice);
    expect(new URL(link).pathname).toBe('/cancel-email-change');
    const oldMailbox = await web.open(link);
    await oldMailbox.getByRole('heading', { name: 'Was this not you?' }).waitFor();
    await expectAccessible(oldMailbox);
    await oldMailbox.getByRole('button', { name: 'Stop the change' }).click();
    await oldMailbox.getByText('The change is stopped').waitFor();
    await expectAccessible(oldMailbox);

    await page.getByLabel('Code').fill(code);
    await page.getByRole('button', { name: 'Confirm' }).click();
    await page
      .getByRole('alert')
      .getByText(/no email change waiting for a code/)
      .waitFor();
    expect(await page.getByText('Your email is changed').count()).toBe(0);
    await expectAccessible(page);

    await signOut(page, 'Sam Student');
    await signIn(page, person.email, person.password);
    await page.getByRole('heading', { name: 'My schools' }).waitFor();
    await expectAccessible(page);
  });
});

import { codeIn, createInstitution, signUpVerified, uniqueEmail } from '@careers/testing';
import { expectAccessible } from './support/accessibility';
import { askForEmailChange, openOwnProfile } from './support/profile';
import { signIn, signOut } from './support/sign-in';
import { useWebTest } from './support/web-test';

const NEW_PASSWORD = 'a brand new passphrase';

describe("a person's own account in the browser", () => {
  const web = useWebTest();

  it('gets a reset link for a forgotten password, chooses a new one and signs in with it', async () => {
    const person = await signUpVerified(web.system, 'student', 'Sam Student');
    const page = await web.open('/login');
    await page.getByRole('link', { name: 'Forgot your password?' }).click();
    await page.getByRole('heading', { name: 'Reset your password' }).waitFor();
    await expectAccessible(page);
    await page.getByLabel('Email').fill(person.email);
    await page.getByRole('button', { name: 'Send the link' }).click();
    await page.getByText('a link to choose a new password is on its way').waitFor();

    const mail = await web.system.smtp.waitForMail(person.email, /Choose a new password/);
    await page.goto(web.linkIn(mail));
    await page.getByRole('heading', { name: 'Choose a new password' }).waitFor();
    await expectAccessible(page);
    await page.getByRole('textbox', { name: 'Password' }).fill('short');
    await page.getByRole('button', { name: 'Save password' }).click();
    await page.getByText('at least 10 characters').first().waitFor();
    await page.getByRole('textbox', { name: 'Password' }).fill(NEW_PASSWORD);
    await page.getByRole('button', { name: 'Save password' }).click();
    await page.getByText('Your password is set').waitFor();

    await page.getByRole('link', { name: 'Sign in' }).click();
    await page.getByRole('textbox', { name: 'Password' }).fill(person.password);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('alert').waitFor();
    await signIn(page, person.email, NEW_PASSWORD);
    await page.getByRole('heading', { name: 'My schools' }).waitFor();
  });

  it('changes the name and phone, then the email with the code sent to the new address', async () => {
    const person = await signUpVerified(web.system, 'alumni', 'Alex Alumni');
    const page = await openOwnProfile(web, person);

    await page.getByLabel('Full name').fill('Alex Q. Alumni');
    await page.getByLabel('Phone').fill('+1 555 0100');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await page.getByText('Your profile is saved.').waitFor();
    await page.getByRole('button', { name: 'Alex Q. Alumni' }).waitFor();

    const newEmail = uniqueEmail('alumni-new');
    await askForEmailChange(page, newEmail, person.password);
    const mail = await web.system.smtp.waitForMail(newEmail, /Your code/);
    await page.getByLabel('Code').fill(codeIn(mail));
    await page.getByRole('button', { name: 'Confirm' }).click();
    await page.getByText('Your email is changed').waitFor();
    await expectAccessible(page);

    await signOut(page, 'Alex Q. Alumni');
    await signIn(page, newEmail, person.password);
    await page.getByRole('heading', { name: 'My schools' }).waitFor();
  });

  it('says in words what is wrong with an incomplete or used link and an unknown page', async () => {
    const page = await web.open('/verify-email');
    await page.getByText('This link is incomplete').waitFor();
    await expectAccessible(page);

    await page.goto('/verify-email?token=not-a-real-token');
    await page.getByRole('alert').waitFor();
    await expectAccessible(page);

    await page.goto('/no-such-page');
    await page.getByRole('heading', { name: 'Page not found' }).waitFor();
    await expectAccessible(page);
  });

  it("never shows a student a school's staff console", async () => {
    const institutionId = await createInstitution(web.system, await web.system.adminToken());
    const student = await signUpVerified(web.system, 'student', 'Sam Student');
    const page = await web.open('/login');
    await signIn(page, student.email, student.password);
    await page.goto(`/schools/${institutionId}/contacts`);
    await page.getByText("Not your school's console").waitFor();
    expect(await page.getByRole('link', { name: 'Contacts' }).count()).toBe(0);
    await expectAccessible(page);
  });
});

import { institutionWithStaff, signUpVerified, uniqueEmail } from '@careers/testing';
import { expectAccessible } from './support/accessibility';
import { screenshot } from './support/screenshot';
import { signIn } from './support/sign-in';
import { useWebTest } from './support/web-test';

/**
 * Seed 004: staff may change the email of a student the school alone manages, saying that the school's sync files
 * (which carry the old email) stop updating them; the student confirms from the new address and signs in with it.
 */
describe("staff change a student's email, excluding them from syncs, and the student confirms it", () => {
  const web = useWebTest();

  it('changes the email once staff accept the sync exclusion, and the student signs in with the new one', async () => {
    const school = await institutionWithStaff(web.system, 'career_services_admin', {
      institution: 'Lakeside University',
    });
    const student = await signUpVerified(web.system, 'student', 'Morgan Ellis');
    const asked = await web.system.api.post(
      '/v1/me/join-requests',
      { institutionId: school.institutionId },
      student.token,
    );
    const approved = await web.system.api.post(
      `/v1/institutions/${school.institutionId}/join-requests/${asked.body['id'] as string}/approve`,
      {},
      school.staff.token,
    );
    expect(approved.status).toBe(200);
    const newEmail = uniqueEmail('alumna');

    const staff = await web.open('/login');
    await signIn(staff, school.staff.email, school.staff.password);
    await staff.getByRole('link', { name: 'Users', exact: true }).click();
    await staff.getByRole('heading', { name: 'Users' }).waitFor();
    await staff.getByLabel('Search by name or email').fill('morgan ell');
    await staff.getByRole('link', { name: 'Morgan Ellis' }).waitFor();
    await staff.getByRole('link', { name: 'Casey Careers' }).waitFor({ state: 'detached' });
    await expectAccessible(staff);
    await staff.getByRole('link', { name: 'Morgan Ellis' }).click();
    await staff.getByRole('heading', { name: 'Morgan Ellis', level: 1 }).waitFor();
    await staff.getByRole('row', { name: `Email ${student.email}`, exact: true }).waitFor();
    await expectAccessible(staff);

    const form = staff.getByRole('region', { name: 'Change the email' });
    await form.getByLabel('New email').fill(newEmail);
    await form.getByRole('button', { name: 'Change the email' }).click();
    const exclusion = form.getByRole('checkbox', {
      name: "Stop the school's sync files from updating this person",
    });
    await form.getByRole('alert').waitFor();
    // The API's word on the field, beside it.
    await form.getByText(/must be true when staff change an email/).waitFor();
    await expectAccessible(staff);

    await exclusion.check();
    await form.getByRole('button', { name: 'Change the email' }).click();
    await staff.getByText(`We sent a link to ${newEmail}`).waitFor();
    await staff
      .getByRole('row', { name: `New email, waiting for confirmation ${newEmail}`, exact: true })
      .waitFor();
    await staff.getByText('Excluded from syncs').first().waitFor();
    await expectAccessible(staff);
    await staff.setViewportSize({ width: 1280, height: 800 });
    await screenshot(staff, 'user');

    const mail = await web.system.smtp.waitForMail(newEmail, /Confirm your new email/);
    const page = await web.open(web.linkIn(mail));
    await page.getByRole('heading', { name: 'Confirm your new email' }).waitFor();
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Confirm my email' }).click();
    await page.getByText('Your email is confirmed').waitFor();
    await expectAccessible(page);
    await page.getByRole('link', { name: 'Sign in' }).click();
    await signIn(page, newEmail, student.password);
    await page.getByRole('heading', { name: 'My schools' }).waitFor();
    await page.getByRole('region', { name: 'Lakeside University' }).getByText('Active').waitFor();
    await expectAccessible(page);

    await staff.reload();
    await staff.getByRole('row', { name: `Email ${newEmail}`, exact: true }).waitFor();
    await staff.getByRole('button', { name: 'Let syncs update this person…' }).click();
    const dialog = staff.getByRole('dialog', { name: 'Let syncs update this person again' });
    await dialog.waitFor();
    await expectAccessible(staff);
    await dialog.getByRole('button', { name: 'Let syncs update' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await staff.getByRole('button', { name: 'Let syncs update this person…' }).waitFor({ state: 'detached' });
    expect(await staff.getByText('Excluded from syncs').count()).toBe(0);
    await expectAccessible(staff);
  });
});

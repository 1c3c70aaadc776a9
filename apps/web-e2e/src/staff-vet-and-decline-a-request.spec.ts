import { institutionWithStaff, type Person, signUpVerified, type StaffedInstitution } from '@careers/testing';
import type { Page } from 'playwright-core';
import { expectAccessible } from './support/accessibility';
import { screenshot } from './support/screenshot';
import { signIn } from './support/sign-in';
import { useWebTest } from './support/web-test';

/**
 * Seed 004's vetting: staff open a pending request, look for a member of the same name (the person may have been
 * loaded with their school email), and decline it with a reason the student reads, or delete the pending account.
 */
describe('staff vet a pending request against the members of the same name, and decline it or delete the account', () => {
  const web = useWebTest();
  let school: StaffedInstitution;

  beforeAll(async () => {
    school = await institutionWithStaff(web.system, 'career_services_staff', {
      institution: 'Westbrook College',
    });
  });

  const askToJoin = async (person: Person): Promise<string> => {
    const asked = await web.system.api.post(
      '/v1/me/join-requests',
      { institutionId: school.institutionId },
      person.token,
    );
    if (asked.status !== 201) throw new Error(`asking to join failed: ${JSON.stringify(asked.body)}`);
    return asked.body['id'] as string;
  };

  const staffOpenTheRequest = async (name: string): Promise<Page> => {
    const staff = await web.open('/login');
    await signIn(staff, school.staff.email, school.staff.password);
    await staff
      .getByRole('banner')
      .getByRole('link', { name: /Pending requests/ })
      .click();
    await staff.getByRole('heading', { name: 'Join requests' }).waitFor();
    await staff.getByRole('link', { name }).click();
    await staff.getByRole('heading', { name, level: 1 }).waitFor();
    return staff;
  };

  it('shows the member of the same name, declines with a reason, and the student reads it', async () => {
    const member = await signUpVerified(web.system, 'student', 'Jordan Avery');
    const memberRequest = await askToJoin(member);
    const approved = await web.system.api.post(
      `/v1/institutions/${school.institutionId}/join-requests/${memberRequest}/approve`,
      {},
      school.staff.token,
    );
    expect(approved.status).toBe(200);
    const student = await signUpVerified(web.system, 'student', 'Jordan Avery');
    await askToJoin(student);

    const staff = await staffOpenTheRequest('Jordan Avery');
    await staff.getByText(student.email).waitFor();
    const sameName = staff.getByRole('region', { name: 'Members of the same name' });
    await sameName.getByRole('cell', { name: member.email }).waitFor();
    await sameName.getByRole('cell', { name: 'Active' }).waitFor();
    await expectAccessible(staff);
    await staff.setViewportSize({ width: 1280, height: 800 });
    await screenshot(staff, 'join-request');

    await staff.getByRole('button', { name: 'Decline…' }).click();
    const dialog = staff.getByRole('dialog', { name: 'Decline Jordan Avery' });
    await dialog.getByLabel('Reason').fill('You already have an account: sign in with your school email.');
    await expectAccessible(staff);
    await dialog.getByRole('button', { name: 'Decline', exact: true }).click();
    await dialog.waitFor({ state: 'hidden' });
    await staff.getByText('Declined', { exact: true }).waitFor();
    await staff.getByText('You already have an account: sign in with your school email.').waitFor();
    await expectAccessible(staff);

    const page = await web.open('/login');
    await signIn(page, student.email, student.password);
    await page.getByRole('link', { name: 'My requests' }).first().click();
    await page.getByRole('cell', { name: 'Westbrook College' }).waitFor();
    await page.getByRole('cell', { name: 'Declined' }).waitFor();
    await page
      .getByRole('cell', { name: 'You already have an account: sign in with your school email.' })
      .waitFor();
    await expectAccessible(page);
  });

  it('deletes a pending account after staff confirm it, and the person can no longer sign in', async () => {
    const student = await signUpVerified(web.system, 'student', 'Quinn Pending');
    await askToJoin(student);

    const staff = await staffOpenTheRequest('Quinn Pending');
    await staff.getByText('No one at the school has this name').waitFor();
    await staff.getByRole('button', { name: 'Delete the pending account…' }).click();
    const dialog = staff.getByRole('dialog', { name: "Delete Quinn Pending's account" });
    await dialog.getByText(student.email).waitFor();
    await expectAccessible(staff);
    await dialog.getByRole('button', { name: 'Delete the account' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await staff.getByText('Account deleted', { exact: true }).waitFor();
    await expectAccessible(staff);

    const login = await web.system.api.post('/v1/auth/login', {
      email: student.email,
      password: student.password,
    });
    expect(login.status).toBe(401);
  });
});

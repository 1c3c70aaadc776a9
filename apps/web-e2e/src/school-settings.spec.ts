import { addStaffMember, institutionWithStaff } from '@careers/testing';
import { expectAccessible } from './support/accessibility';
import { screenshot } from './support/screenshot';
import { signIn } from './support/sign-in';
import { useWebTest } from './support/web-test';

describe('a school administrator sets the employer approval defaults; other staff see them read only', () => {
  const web = useWebTest();

  it('keeps what the administrator saved, and shows it to career services staff without a way to change it', async () => {
    const school = await institutionWithStaff(web.system, 'career_services_admin', { staff: 'Ada Admin' });
    const staffMember = await addStaffMember(
      web.system,
      school.admin,
      school.institutionId,
      'career_services_staff',
      'Sam Staff',
    );
    const settingsPath = `/schools/${school.institutionId}/settings`;

    const page = await web.open('/login');
    await signIn(page, school.staff.email, school.staff.password);
    await page.getByRole('link', { name: 'Settings' }).click();
    await page.getByRole('heading', { name: 'School settings' }).waitFor();
    await page.getByText('Not set yet.').waitFor();
    await expectAccessible(page);
    await page.getByLabel('Post jobs').check();
    await page.getByRole('button', { name: 'Save settings' }).click();
    await page.getByRole('radiogroup', { name: 'Default employer approval setting' }).waitFor();
    await page.getByText(/approval must be one of/).waitFor();
    await expectAccessible(page);
    await page.getByLabel(/Review each employer/).check();
    await page.getByLabel('Message students').check();
    await page.getByLabel(/Students and alumni who sign up themselves/).check();
    await page.getByRole('button', { name: 'Save settings' }).click();
    await page.getByText('The school settings are saved.').waitFor();
    await expectAccessible(page);

    await page.reload();
    await page.getByRole('heading', { name: 'School settings' }).waitFor();
    await page.getByText(/Last changed/).waitFor();
    expect(await page.getByLabel(/Review each employer/).isChecked()).toBe(true);
    expect(await page.getByLabel(/Approve employers automatically/).isChecked()).toBe(false);
    expect(await page.getByLabel('Post jobs').isChecked()).toBe(true);
    expect(await page.getByLabel('Message students').isChecked()).toBe(true);
    expect(await page.getByLabel('Post events').isChecked()).toBe(false);
    expect(await page.getByLabel(/Students and alumni who sign up themselves/).isChecked()).toBe(true);
    await page.setViewportSize({ width: 1280, height: 800 });
    await screenshot(page, 'school-settings');
    const saved = await web.system.api.get(
      `/v1/institutions/${school.institutionId}/settings`,
      school.staff.token,
    );
    expect(saved.body).toMatchObject({
      employerApproval: {
        approval: 'review',
        permissions: expect.arrayContaining(['post_jobs', 'message_students']),
      },
      acceptsStudentRequests: true,
    });

    const staffPage = await web.open('/login');
    await signIn(staffPage, staffMember.email, staffMember.password);
    await staffPage.goto(settingsPath);
    await staffPage.getByRole('heading', { name: 'School settings' }).waitFor();
    await staffPage.getByText('Only career services administrators change the school settings.').waitFor();
    await expectAccessible(staffPage);
    expect(await staffPage.getByLabel(/Review each employer/).isChecked()).toBe(true);
    expect(await staffPage.getByLabel(/Review each employer/).isDisabled()).toBe(true);
    expect(await staffPage.getByLabel('Post jobs').isDisabled()).toBe(true);
    expect(await staffPage.getByRole('button', { name: 'Save settings' }).count()).toBe(0);
  });
});

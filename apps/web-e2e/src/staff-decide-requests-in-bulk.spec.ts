import { institutionWithStaff, signUpVerified } from '@careers/testing';
import { expectAccessible } from './support/accessibility';
import { screenshot } from './support/screenshot';
import { signIn } from './support/sign-in';
import { useWebTest } from './support/web-test';

/** Staff choose pending requests and approve or decline them together, then read each request's outcome. */
describe('staff approve and decline pending requests in bulk', () => {
  const web = useWebTest();

  it('shows the progress, then each outcome, with the one another member of staff decided first', async () => {
    const school = await institutionWithStaff(web.system, 'career_services_staff', {
      institution: 'Harbour Institute',
    });
    const requestOf: Record<string, string> = {};
    for (const name of ['Ada Bulk', 'Ben Bulk', 'Cy Bulk']) {
      const student = await signUpVerified(web.system, 'student', name);
      const asked = await web.system.api.post(
        '/v1/me/join-requests',
        { institutionId: school.institutionId },
        student.token,
      );
      requestOf[name] = asked.body['id'] as string;
    }

    const staff = await web.open('/login');
    await signIn(staff, school.staff.email, school.staff.password);
    await staff.goto(`/schools/${school.institutionId}/requests?status=pending&kind=student`);
    await staff.getByRole('link', { name: 'Cy Bulk' }).waitFor();
    await expect(staff.getByRole('combobox', { name: 'Status' }).inputValue()).resolves.toBe('Pending');
    await expectAccessible(staff);
    await staff.setViewportSize({ width: 1280, height: 800 });
    await screenshot(staff, 'join-requests');

    await staff.getByRole('checkbox', { name: 'Choose Ada Bulk' }).check();
    await staff.getByRole('checkbox', { name: 'Choose Ben Bulk' }).check();
    // Someone else decides Ada's request meanwhile.
    const first = await web.system.api.post(
      `/v1/institutions/${school.institutionId}/join-requests/${requestOf['Ada Bulk']}/approve`,
      {},
      school.staff.token,
    );
    expect(first.status).toBe(200);
    await staff.getByRole('button', { name: 'Approve chosen' }).click();
    const bulk = staff.getByRole('region', { name: 'Bulk decision done' });
    await bulk.getByText('2 of 2 decided: 1 approved, 0 declined, 1 not decided.').waitFor();
    await bulk.getByRole('row', { name: /^Ada Bulk Not decided/ }).waitFor();
    await bulk.getByRole('row', { name: 'Ben Bulk Approved', exact: true }).waitFor();
    await expectAccessible(staff);
    await bulk.getByRole('button', { name: 'Close' }).click();

    await staff.getByRole('link', { name: 'Ben Bulk' }).waitFor({ state: 'detached' });
    await staff.getByRole('checkbox', { name: 'Choose every pending request shown' }).check();
    await staff.getByRole('button', { name: 'Decline chosen…' }).click();
    const dialog = staff.getByRole('dialog', { name: 'Decline 1 request' });
    await dialog.getByLabel('Reason').fill('Not a student of ours.');
    await dialog.getByRole('button', { name: 'Decline', exact: true }).click();
    await staff
      .getByRole('region', { name: 'Bulk decision done' })
      .getByRole('row', { name: 'Cy Bulk Declined', exact: true })
      .waitFor();
    await expectAccessible(staff);

    const cy = await web.system.api.get(
      `/v1/institutions/${school.institutionId}/join-requests/${requestOf['Cy Bulk']}`,
      school.staff.token,
    );
    expect(cy.body).toMatchObject({ status: 'declined', decision: { reason: 'Not a student of ours.' } });
  });
});

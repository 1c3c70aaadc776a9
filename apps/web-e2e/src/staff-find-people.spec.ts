import { createMembership, institutionWithStaff, signUpVerified } from '@careers/testing';
import { expectAccessible } from './support/accessibility';
import { signIn } from './support/sign-in';
import { useWebTest } from './support/web-test';

/** Staff search the school's people; an employer who is not a contact of the school keeps a private profile. */
describe("staff search the school's people under the employer privacy rule", () => {
  const web = useWebTest();

  it('finds people by type, and shows an employer member who is not a contact as a private profile', async () => {
    const school = await institutionWithStaff(web.system, 'career_services_staff', {
      institution: 'Riverside Polytechnic',
    });
    const employer = await signUpVerified(web.system, 'employer', 'Erin Recruiter');
    // Connected to the school but not one of its contacts (made directly, as the gateway's privacy spec does).
    await createMembership(web.system.db, employer, school.institutionId, {
      status: 'pending',
      roles: ['employer'],
    });

    const staff = await web.open('/login');
    await signIn(staff, school.staff.email, school.staff.password);
    await staff.goto(`/schools/${school.institutionId}/users`);
    await staff.getByRole('heading', { name: 'Users' }).waitFor();
    await staff.getByRole('combobox', { name: 'Type' }).click();
    await staff.getByRole('option', { name: 'Employer' }).click();
    await staff.getByRole('link', { name: 'Casey Careers' }).waitFor({ state: 'detached' });
    const row = staff.getByRole('row', { name: /Private profile/ });
    await row.waitFor();
    expect(await row.textContent()).not.toContain('Erin Recruiter');
    expect(await row.textContent()).not.toContain(employer.email);
    await expectAccessible(staff);

    await row.getByRole('link', { name: 'Private profile' }).click();
    await staff.getByRole('heading', { name: 'Private profile', level: 1 }).waitFor();
    await staff.getByText("This employer's profile is private").waitFor();
    await expect(staff.getByText(employer.email).count()).resolves.toBe(0);
    await expect(staff.getByRole('region', { name: 'Change the email' }).count()).resolves.toBe(0);
    await expectAccessible(staff);
  });
});

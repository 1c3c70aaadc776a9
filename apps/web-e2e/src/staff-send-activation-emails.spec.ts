import { ImportsClient, institutionWithStaff, STRONG_PASSWORD } from '@careers/testing';
import { randomUUID } from 'node:crypto';
import { expectAccessible } from './support/accessibility';
import { signIn } from './support/sign-in';
import { useWebTest } from './support/web-test';

/**
 * Issue 25, point 2: staff of a school without single sign-on send activation emails to the people its file loaded,
 * see the count, then the progress; a student sets a password from the mail and signs in with the loaded address.
 */
describe('staff send activation emails to the people a file loaded', () => {
  const web = useWebTest();

  it('counts the loaded people, sends them a link once, and a student claims the account from it', async () => {
    const school = await institutionWithStaff(web.system, 'career_services_admin', {
      institution: 'Lakeside College',
    });
    const domain = `lakeside-${randomUUID().slice(0, 6)}.test`;
    const imports = new ImportsClient(web.system, school.institutionId, school.staff.token);
    const uploaded = await imports.upload(
      'first_name,last_name,email_address,username,user_type',
      [`Lena,Loaded,lena@${domain},L1,Students`, `Liam,Loaded,liam@${domain},L2,Students`],
      { fileType: 'Students', mode: 'manual' },
    );
    await imports.run(uploaded.id);

    const staff = await web.open('/login');
    await signIn(staff, school.staff.email, school.staff.password);
    await staff.goto(`/schools/${school.institutionId}/users`);
    const activation = staff.getByRole('region', { name: 'Activation emails' });
    await activation.getByText('2 people loaded by the school').waitFor();
    await expectAccessible(staff);
    await activation.getByRole('button', { name: 'Send activation emails to 2 people…' }).click();
    const dialog = staff.getByRole('dialog', { name: 'Send activation emails' });
    await dialog.getByText('Nobody gets more than one a week').waitFor();
    await expectAccessible(staff);
    await dialog.getByRole('button', { name: 'Send the emails' }).click();
    await activation.getByText('Done: 2 of 2 gone through, 2 sent, 0 left out').waitFor();
    await activation.getByText('0 people loaded by the school').waitFor();
    expect(
      await activation.getByRole('button', { name: 'Send activation emails to 0 people…' }).isDisabled(),
    ).toBe(true);
    await expectAccessible(staff);

    const mail = await web.system.smtp.waitForMail(`lena@${domain}`, /Lakeside College has made you/);
    const student = await web.open(web.linkIn(mail));
    await student.getByRole('heading', { name: 'Set your password' }).waitFor();
    await student.getByRole('textbox', { name: 'Password' }).fill(STRONG_PASSWORD);
    await student.getByRole('button', { name: 'Save password' }).click();
    await student.getByText('Your password is set').waitFor();
    await student.getByRole('link', { name: 'Sign in' }).click();
    await signIn(student, `lena@${domain}`, STRONG_PASSWORD);
    await expectAccessible(student);
  });
});

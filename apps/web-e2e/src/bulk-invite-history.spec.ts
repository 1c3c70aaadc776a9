import { addContact, institutionWithStaff, waitFor } from '@careers/testing';
import { expectAccessible } from './support/accessibility';
import { screenshot } from './support/screenshot';
import { signIn } from './support/sign-in';
import { useWebTest } from './support/web-test';

describe("a school's bulk invite history", () => {
  const web = useWebTest();

  it("opens a sent invite's recipients, revokes one invitation and resends another, whose mail arrives", async () => {
    const school = await institutionWithStaff(web.system, 'career_services_admin', {
      institution: `Invite College ${Date.now()}`,
      staff: 'Ada Admin',
    });
    const { institutionId, staff } = school;
    const invites = `/v1/institutions/${institutionId}/bulk-invites`;
    await web.system.api.patch(
      `/v1/institutions/${institutionId}/settings`,
      { employerApproval: { approval: 'review', permissions: ['post_jobs'] } },
      staff.token,
    );
    const nia = await addContact(web.system, staff.token, institutionId, {
      firstName: 'Nia',
      lastName: 'Newcomer',
    });
    const otto = await addContact(web.system, staff.token, institutionId, {
      firstName: 'Otto',
      lastName: 'Other',
    });
    const draft = await web.system.api.post<{ id: string }>(
      invites,
      { contactIds: [nia.id, otto.id] },
      staff.token,
    );
    expect(draft.status).toBe(201);
    await web.system.api.post(`${invites}/${draft.body.id}/send`, {}, staff.token);
    await waitFor('the invite to be sent', async () => {
      const read = await web.system.api.get<{ status: string }>(`${invites}/${draft.body.id}`, staff.token);
      return read.body.status === 'sent' ? read.body : undefined;
    });
    await web.system.smtp.waitForMail(otto.email, /invites you/);

    const page = await web.open('/login');
    await signIn(page, staff.email, staff.password);
    await page.getByRole('link', { name: 'Bulk invites' }).click();
    await page.getByRole('heading', { name: 'Bulk invites' }).waitFor();
    const row = page.getByRole('row', { name: /Sent/ });
    await row.getByRole('cell', { name: 'Ada Admin' }).waitFor();
    await row.getByRole('cell', { name: '2 of 2' }).waitFor();
    await expectAccessible(page);
    await row.getByRole('link').click();

    await page.getByRole('heading', { name: 'Bulk invite recipients' }).waitFor();
    await page.getByRole('heading', { name: /^Sent .* by Ada Admin$/ }).waitFor();
    const niaRow = page.getByRole('row', { name: /Nia Newcomer/ });
    const ottoRow = page.getByRole('row', { name: /Otto Other/ });
    await niaRow.getByText(/^Pending, until/).waitFor();
    await niaRow.getByText(/No account: invited to create one/).waitFor();
    await expectAccessible(page);
    await page.setViewportSize({ width: 1280, height: 800 });
    await screenshot(page, 'bulk-invite-recipients');

    await niaRow.getByRole('button', { name: 'Revoke the invitation to Nia Newcomer' }).click();
    await page
      .getByRole('dialog', { name: 'Revoke the invitation' })
      .getByRole('button', { name: 'Revoke' })
      .click();
    await page.getByText('The invitation to Nia Newcomer is revoked: its link no longer works.').waitFor();
    await niaRow.getByRole('cell', { name: 'Revoked' }).waitFor();
    expect(await niaRow.getByRole('button').count()).toBe(0);

    await ottoRow.getByRole('button', { name: 'Resend the invitation to Otto Other' }).click();
    await page
      .getByText('A new invitation was emailed to Otto Other; the old link no longer works.')
      .waitFor();
    await expectAccessible(page);
    await waitFor('the resent invitation', async () =>
      web.system.smtp.to(otto.email).filter((mail) => /invites you/.test(mail.subject)).length === 2
        ? true
        : undefined,
    );
    expect(web.system.smtp.to(nia.email)).toHaveLength(1);

    // Someone else revokes Otto's invitation meanwhile: resending it from this page is refused in words.
    const recipients = await web.system.api.get<{ items: { email: string; invitation: { id: string } }[] }>(
      `${invites}/${draft.body.id}/recipients`,
      staff.token,
    );
    const ottoInvitation = recipients.body.items.find((item) => item.email === otto.email)?.invitation.id;
    const revoked = await web.system.api.post(
      `/v1/institutions/${institutionId}/invitations/${ottoInvitation}/revoke`,
      {},
      staff.token,
    );
    expect(revoked.status).toBe(204);
    await ottoRow.getByRole('button', { name: 'Resend the invitation to Otto Other' }).click();
    await page.getByRole('alert').getByText('The school withdrew this invitation.').waitFor();
    await ottoRow.getByRole('cell', { name: 'Revoked' }).waitFor();
    await expectAccessible(page);
  });
});

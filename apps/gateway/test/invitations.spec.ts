import { DirectorySubjects } from '@careers/contracts';
import {
  TestSystem,
  waitFor,
  addContact,
  addLabel,
  Person,
  tokenIn,
  uniqueEmail,
  institutionWithStaff,
} from '@careers/testing';
import { randomUUID } from 'node:crypto';

interface BulkInviteBody {
  id: string;
  status: string;
  progress: { emailed: number; total: number };
}

describe('invitations: expiry, single use, resend, revoke, and sending across a restart', () => {
  let system: TestSystem;
  let institutionId: string;
  let staff: Person;

  beforeAll(async () => {
    system = await TestSystem.start({ apps: ['gateway', 'identity', 'directory', 'onboarding'] });
    ({ institutionId, staff } = await institutionWithStaff(system, 'career_services_admin'));
    await system.api.patch(
      `/v1/institutions/${institutionId}/settings`,
      { employerApproval: { approval: 'automatic', permissions: ['post_jobs'] } },
      staff.token,
    );
  });

  afterAll(async () => {
    await system?.stop();
  });

  const invites = (suffix = '') => `/v1/institutions/${institutionId}/bulk-invites${suffix}`;
  const sendTo = async (contactIds: string[]): Promise<BulkInviteBody> => {
    const draft = await system.api.post<BulkInviteBody>(invites(), { contactIds }, staff.token);
    await system.api.post(invites(`/${draft.body.id}/send`), {}, staff.token);
    return draft.body;
  };

  it('stops working when it expires', async () => {
    const contact = await addContact(system, staff.token, institutionId, { email: uniqueEmail('late') });
    await sendTo([contact.id]);
    const token = tokenIn(await system.smtp.waitForMail(contact.email, /invites you/));
    expect((await system.api.get(`/v1/invitations/${token}`)).status).toBe(200);

    // Time passes: the link's lifetime is over.
    await system.db.query(
      `update onboarding.invitation set expires_at = now() - interval '1 second' where email = $1`,
      [contact.email],
    );

    const shown = await system.api.get<{ type: string }>(`/v1/invitations/${token}`);
    const accepted = await system.api.post(`/v1/invitations/${token}/accept`, {
      name: 'Too Late',
      password: 'x',
    });
    expect(shown.status).toBe(410);
    expect(shown.body.type).toContain('invitation-expired');
    expect(accepted.status).toBe(410);
    expect((await system.api.get(`/v1/invitations/${randomUUID()}`)).status).toBe(404);
  });

  it("resends with a new link (the old one stops working), and revokes, from the invite's recipients", async () => {
    const contact = await addContact(system, staff.token, institutionId, { email: uniqueEmail('again') });
    const invite = await sendTo([contact.id]);
    const first = tokenIn(await system.smtp.waitForMail(contact.email, /invites you/));
    const recipientsOf = () =>
      system.api.get<{ items: Array<{ invitation: { id: string; state: string } | null }> }>(
        invites(`/${invite.id}/recipients`),
        staff.token,
      );
    const invitation = await waitFor('the recipient to show its invitation', async () => {
      return (await recipientsOf()).body.items[0]?.invitation ?? undefined;
    });

    const resent = await system.api.post(
      `/v1/institutions/${institutionId}/invitations/${invitation.id}/resend`,
      {},
      staff.token,
    );
    const second = await waitFor('the second mail', async () => {
      const mails = system.smtp.to(contact.email);
      return mails.length === 2 ? tokenIn(mails[1]) : undefined;
    });
    const revoked = await system.api.post(
      `/v1/institutions/${institutionId}/invitations/${invitation.id}/revoke`,
      {},
      staff.token,
    );

    expect(invitation.state).toBe('pending');
    expect(resent.status).toBe(204);
    expect(second).not.toBe(first);
    expect((await system.api.get(`/v1/invitations/${first}`)).status).toBe(404);
    expect(revoked.status).toBe(204);
    expect((await system.api.get(`/v1/invitations/${second}`)).status).toBe(410);
    expect((await recipientsOf()).body.items[0]?.invitation).toEqual({
      id: invitation.id,
      state: 'revoked',
      expiresAt: expect.any(String),
    });
  });

  it('emails each contact once even when the onboarding service is killed mid-send', async () => {
    const label = await addLabel(system, staff.token, institutionId, 'Restart drill');
    const emails: string[] = [];
    for (let index = 0; index < 1500; index++) {
      const email = `drill-${index}-${randomUUID().slice(0, 6)}@example.test`;
      emails.push(email);
      await system.request(DirectorySubjects.createContact, {
        institutionId,
        firstName: 'Drill',
        lastName: `Contact ${index}`,
        email,
        labelIds: [label],
      });
    }
    const draft = await system.api.post<BulkInviteBody>(
      invites(),
      { filter: { labelId: [label] } },
      staff.token,
    );
    expect(draft.body.progress.total).toBe(1500);

    await system.api.post(invites(`/${draft.body.id}/send`), {}, staff.token);
    const atKill = await waitFor(
      'the first batch to be emailed',
      async () => {
        const read = await system.api.get<BulkInviteBody>(invites(`/${draft.body.id}`), staff.token);
        return read.body.progress.emailed > 0 ? read.body : undefined;
      },
      30_000,
    );
    await system.app('onboarding').kill();
    expect(atKill.status).toBe('sending');
    expect(atKill.progress.emailed).toBeLessThan(1500);
    await system.app('onboarding').start();

    await waitFor(
      'the invite to be sent',
      async () => {
        const read = await system.api.get<BulkInviteBody>(invites(`/${draft.body.id}`), staff.token);
        return read.body.status === 'sent' ? true : undefined;
      },
      60_000,
    );
    await waitFor(
      'every invitation mail',
      async () => (emails.every((email) => system.smtp.to(email).length > 0) ? true : undefined),
      120_000,
    );
    // A mail handed to SMTP just before the kill may be handed again; it keeps its Message-ID, so it is one email.
    const distinctPerContact = emails.map(
      (email) => new Set(system.smtp.to(email).map((mail) => mail.messageId)).size,
    );
    expect(distinctPerContact.every((count) => count === 1)).toBe(true);
    const [{ count }] = await system.db.query<{ count: string }>(
      'select count(*) from onboarding.invitation where bulk_invite_id = $1',
      [draft.body.id],
    );
    expect(Number(count)).toBe(1500);
  }, 240_000);
});

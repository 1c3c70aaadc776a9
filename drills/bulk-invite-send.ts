import { type TestSystem, createInstitution, loadInviteAudience, waitFor } from '@careers/testing';
import type { Checks } from './drill';

interface DraftBody {
  id: string;
  demographics: { emails: number };
}

/** A bulk invite to a loaded audience of contacts, sent; and what a platform team checks once it is done. */
export class BulkInviteSend {
  private constructor(
    private readonly system: TestSystem,
    private readonly admin: string,
    private readonly institutionId: string,
    private readonly invite: string,
    /** Contacts the draft said it would email. */
    readonly expected: number,
  ) {}

  /** Drafts an invite to `contacts` contacts of a new institution and sends it (202). */
  static async start(system: TestSystem, contacts: number, checks: Checks): Promise<BulkInviteSend> {
    const admin = await system.adminToken();
    const institutionId = await createInstitution(system, admin);
    await system.api.patch(
      `/v1/institutions/${institutionId}/settings`,
      { employerApproval: { approval: 'review', permissions: ['post_jobs'] } },
      admin,
    );
    const invites = `/v1/institutions/${institutionId}/bulk-invites`;
    const audience = await loadInviteAudience(system.db, institutionId, contacts);
    const draft = await system.api.post<DraftBody>(
      invites,
      { filter: { labelId: [audience.labelId] } },
      admin,
    );
    if (draft.status !== 201) throw new Error(`the draft failed: ${JSON.stringify(draft.body)}`);
    checks.note(`draft: ${draft.body.demographics.emails} contacts to email`);
    const invite = `${invites}/${draft.body.id}`;
    const sent = await system.api.post(`${invite}/send`, {}, admin);
    if (sent.status !== 202) throw new Error(`the send failed: ${JSON.stringify(sent.body)}`);
    return new BulkInviteSend(system, admin, institutionId, invite, draft.body.demographics.emails);
  }

  /** Emails received so far. */
  get emailed(): number {
    return this.system.smtp.messages.length;
  }

  untilFirstEmails(): Promise<true> {
    return waitFor('the first emails', async () => (this.emailed > 0 ? true : undefined), 60_000);
  }

  /** Waits for the invite to be sent and every invitation emailed, then checks each invited contact got one email. */
  async check(checks: Checks): Promise<void> {
    const status = await waitFor(
      'the invite to be sent',
      async () => {
        const read = await this.system.api.get<{ status: string }>(this.invite, this.admin);
        return read.body.status === 'sent' ? read.body.status : undefined;
      },
      120_000,
    );
    const invitations = await this.system.db.query<{ email: string }>(
      'select lower(email) as email from onboarding.invitation where bulk_invite_id = $1',
      [this.invite.split('/').pop()],
    );
    const everyMailed = () => {
      const received = this.system.smtp.messageIdsPerAddress();
      return invitations.every(({ email }) => received.has(email)) ? received : undefined;
    };
    const received = await waitFor('every invitation email', async () => everyMailed(), 120_000).catch(() =>
      this.system.smtp.messageIdsPerAddress(),
    );
    const perInvited = invitations.map(({ email }) => received.get(email)?.size ?? 0);
    // Every contact of the institution was in the audience; other mail (a staff member's) is no business of the send.
    const contacts = await this.system.db.query<{ email: string }>(
      'select lower(email) as email from directory.contact where institution_id = $1',
      [this.institutionId],
    );
    const contactsEmailed = contacts.filter(({ email }) => received.has(email)).length;

    checks.equal('invite status', 'sent', status);
    checks.equal('invitations made', this.expected, invitations.length);
    checks.equal('invited contacts emailed', this.expected, perInvited.filter((count) => count > 0).length);
    checks.equal(
      'invited contacts emailed more than once',
      0,
      perInvited.filter((count) => count > 1).length,
    );
    checks.equal("the institution's contacts emailed in all", this.expected, contactsEmailed);
  }
}

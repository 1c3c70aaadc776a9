import {
  createMembership,
  TestSystem,
  waitFor,
  addContact,
  ContactBody,
  createInstitution,
  Person,
  signUpVerified,
  STRONG_PASSWORD,
  tokenIn,
  uniqueEmail,
  institutionWithStaff,
} from '@careers/testing';
import { everyPage, expectPagingChecked } from './support/pages';

interface BulkInviteBody {
  id: string;
  status: string;
  demographics: {
    contacts: number;
    emails: number;
    outcomes: Record<string, number>;
    notInvitable: Record<string, number>;
  };
  progress: { emailed: number; total: number };
  employerActions: { accountsCreated: number; connectionRequests: number; approvals: number };
}

describe('bulk invites of employer contacts', () => {
  let system: TestSystem;
  let admin: string;
  let institutionId: string;
  let institutionName: string;
  let staff: Person;
  const contacts: Record<string, ContactBody> = {};
  const people: Record<string, Person> = {};

  const invites = (suffix = '') => `/v1/institutions/${institutionId}/bulk-invites${suffix}`;
  const linkedContact = async (person: Person, fields: Record<string, unknown> = {}) => {
    const contact = await addContact(system, staff.token, institutionId, { email: person.email, ...fields });
    return waitFor(`contact of ${person.email} linked`, async () => {
      const read = await system.api.get<ContactBody>(
        `/v1/institutions/${institutionId}/contacts/${contact.id}`,
        staff.token,
      );
      return read.body.linkedUserId ? read.body : undefined;
    });
  };

  beforeAll(async () => {
    system = await TestSystem.start({ apps: ['gateway', 'identity', 'directory', 'onboarding'] });
    institutionName = `Invite U ${Date.now()}`;
    ({ admin, institutionId, staff } = await institutionWithStaff(system, 'career_services_admin', {
      institution: institutionName,
    }));

    contacts['newcomer'] = await addContact(system, staff.token, institutionId, {
      firstName: 'Nia',
      lastName: 'Newcomer',
      email: uniqueEmail('newcomer'),
    });
    people['loner'] = await signUpVerified(system, 'employer', 'Lee Loner');
    contacts['loner'] = await linkedContact(people['loner'], { firstName: 'Lee', lastName: 'Loner' });
    people['staffed'] = await signUpVerified(system, 'employer', 'Sue Staffed');
    await system.api.post('/v1/companies', { name: 'Staffed Inc' }, people['staffed'].token);
    contacts['staffed'] = await linkedContact(people['staffed'], { firstName: 'Sue', lastName: 'Staffed' });
    people['connected'] = await signUpVerified(system, 'employer', 'Con Nected');
    await createMembership(system.db, people['connected'], institutionId, { roles: ['employer'] });
    contacts['connected'] = await linkedContact(people['connected']);
    contacts['archived'] = await addContact(system, staff.token, institutionId);
    await system.api.post(
      `/v1/institutions/${institutionId}/contacts/${contacts['archived'].id}/archive`,
      {},
      staff.token,
    );
    people['student'] = await signUpVerified(system, 'student', 'Stu Dent');
    contacts['student'] = await linkedContact(people['student']);
  });

  afterAll(async () => {
    await system?.stop();
  });

  const everyone = () => Object.values(contacts).map((contact) => contact.id);

  it('is refused with a 409 saying what to set while the default employer-approval setting is unset', async () => {
    const response = await system.api.post<{ detail: string }>(
      invites(),
      { contactIds: everyone() },
      staff.token,
    );

    expect(response.status).toBe(409);
    expect(response.body.detail).toContain('employerApproval');
    expect(response.body.detail).toContain(`/v1/institutions/${institutionId}/settings`);
  });

  describe('once the setting is there', () => {
    let invite: BulkInviteBody;

    beforeAll(async () => {
      const settings = await system.api.patch(
        `/v1/institutions/${institutionId}/settings`,
        { employerApproval: { approval: 'review', permissions: ['post_jobs'] } },
        staff.token,
      );
      expect(settings.status).toBe(200);
    });

    it('drafts an invite showing how many contacts fall in each outcome, and who cannot be invited', async () => {
      const response = await system.api.post<BulkInviteBody>(
        invites(),
        { contactIds: everyone() },
        staff.token,
      );
      invite = response.body;

      expect(response.status).toBe(201);
      expect(invite).toMatchObject({
        status: 'draft',
        demographics: {
          contacts: 6,
          emails: 3,
          outcomes: { no_account: 1, account_no_company: 1, account_with_company: 1, already_connected: 1 },
          notInvitable: { archived: 1, not_an_employer: 1, request_pending: 0, declined_before: 0 },
        },
        progress: { emailed: 0, total: 3 },
        createdBy: staff.id,
        createdByName: 'Casey Careers',
      });
    });

    it('refuses empty selections, foreign ids and filters that match nothing', async () => {
      const other = await createInstitution(system, admin);
      const foreign = await addContact(system, admin, other);

      const empty = await system.api.post(invites(), { contactIds: [] }, staff.token);
      const nothing = await system.api.post(invites(), {}, staff.token);
      const both = await system.api.post(invites(), { contactIds: everyone(), filter: {} }, staff.token);
      const foreignIds = await system.api.post<{ detail: string }>(
        invites(),
        { contactIds: [foreign.id] },
        staff.token,
      );
      const noMatch = await system.api.post(invites(), { filter: { q: 'zzz-nobody-zzz' } }, staff.token);

      expect([empty.status, nothing.status, both.status]).toEqual([400, 400, 400]);
      expect(foreignIds.status).toBe(422);
      expect(foreignIds.body.detail).toContain(foreign.id);
      expect(noMatch.status).toBe(422);
    });

    it('previews the email of a chosen outcome with the institution’s name', async () => {
      const preview = await system.api.get<{ subject: string; text: string; html: string }>(
        invites('/preview?outcome=no_account'),
        staff.token,
      );
      const bad = await system.api.get(invites('/preview?outcome=already_connected'), staff.token);

      expect(preview.status).toBe(200);
      expect(preview.body.subject).toContain(institutionName);
      expect(preview.body.text).toContain('Create your account');
      expect(bad.status).toBe(400);
    });

    it('sends once in the background: the right email for each outcome, none for the connected', async () => {
      const headers = { 'idempotency-key': `send-${invite.id}` };
      const sent = await system.api.request<BulkInviteBody>('POST', invites(`/${invite.id}/send`), {
        token: staff.token,
        headers,
      });
      const again = await system.api.request<BulkInviteBody>('POST', invites(`/${invite.id}/send`), {
        token: staff.token,
        headers,
      });
      const otherKey = await system.api.request('POST', invites(`/${invite.id}/send`), {
        token: staff.token,
        headers: { 'idempotency-key': 'another' },
      });

      expect(sent.status).toBe(202);
      expect(again.status).toBe(202);
      expect(otherKey.status).toBe(409);
      const done = await waitFor('the invite to be sent', async () => {
        const read = await system.api.get<BulkInviteBody>(invites(`/${invite.id}`), staff.token);
        return read.body.status === 'sent' ? read.body : undefined;
      });
      expect(done.progress).toEqual({ emailed: 3, total: 3 });
      const createAccount = await system.smtp.waitForMail(contacts['newcomer'].email, /invites you/);
      const joinCompany = await system.smtp.waitForMail(people['loner'].email, /would like to connect/);
      const schoolAdded = await system.smtp.waitForMail(people['staffed'].email, /added to your schools/);
      expect(createAccount.subject).toContain(institutionName);
      expect(createAccount.text).toContain('/invitation?token=');
      expect(joinCompany.text).toContain('/invitation?token=');
      expect(schoolAdded.text).toContain('/login');
      const fromInvite = (email: string) =>
        system.smtp.to(email).filter((mail) => mail.subject.includes(institutionName));
      expect(fromInvite(people['connected'].email)).toHaveLength(0);
      expect(fromInvite(people['student'].email)).toHaveLength(0);
      for (const email of [contacts['newcomer'].email, people['loner'].email, people['staffed'].email]) {
        expect(fromInvite(email)).toHaveLength(1);
      }
    });

    it('discards a draft with its recipients and keeps a sent invite', async () => {
      const draft = await system.api.post<BulkInviteBody>(invites(), { contactIds: everyone() }, staff.token);

      const discarded = await system.api.delete(invites(`/${draft.body.id}`), staff.token);
      const again = await system.api.delete(invites(`/${draft.body.id}`), staff.token);
      const read = await system.api.get(invites(`/${draft.body.id}`), staff.token);
      const recipients = await system.api.get(invites(`/${draft.body.id}/recipients`), staff.token);
      const sent = await system.api.delete(invites(`/${invite.id}`), staff.token);

      expect(discarded.status).toBe(204);
      expect([again.status, read.status, recipients.status]).toEqual([404, 404, 404]);
      expect(sent.status).toBe(409);
      expect(sent.body).toMatchObject({ type: 'urn:careers:problem:bulk-invite-sent' });
      const left = await system.db.query(
        `select count(*)::int as n from onboarding.bulk_invite_recipient where bulk_invite_id = $1`,
        [draft.body.id],
      );
      expect(left).toEqual([{ n: 0 }]);
    });

    it('lets either a discard or a send of one draft win when both arrive at once, never both', async () => {
      // Of a contact connected already: a send mails no one, so the rounds leave the other tests' mail alone.
      const quiet = { contactIds: [contacts['connected'].id] };
      for (let round = 0; round < 5; round++) {
        const draft = await system.api.post<BulkInviteBody>(invites(), quiet, staff.token);
        const [send, discard] = await Promise.all([
          system.api.post(invites(`/${draft.body.id}/send`), {}, staff.token),
          system.api.delete(invites(`/${draft.body.id}`), staff.token),
        ]);
        const read = await system.api.get<BulkInviteBody>(invites(`/${draft.body.id}`), staff.token);

        if (send.status === 202) {
          expect(discard.status).toBe(409);
          expect(read.status).toBe(200);
        } else {
          expect([send.status, discard.status, read.status]).toEqual([404, 204, 404]);
        }
      }
    });

    it('makes a connection request for the employer tied to a company', async () => {
      const requests = await system.api.get<{
        items: Array<{ requester: { userId: string }; source: string }>;
      }>(`/v1/institutions/${institutionId}/join-requests?kind=employer&status=pending`, staff.token);

      expect(requests.body.items).toContainEqual(
        expect.objectContaining({
          requester: expect.objectContaining({ userId: people['staffed'].id }),
          source: 'invitation',
        }),
      );
    });

    it('lets a newcomer accept by creating an account: the contact links and the request waits for review', async () => {
      const token = tokenIn(await system.smtp.waitForMail(contacts['newcomer'].email, /invites you/));

      const shown = await system.api.get(`/v1/invitations/${token}`);
      const incomplete = await system.api.post<{ errors: Array<{ field: string }> }>(
        `/v1/invitations/${token}/accept`,
        { name: 'Nia Newcomer' },
      );
      const accepted = await system.api.post<{
        userId: string;
        joinRequest: { status: string; source: string };
      }>(`/v1/invitations/${token}/accept`, { name: 'Nia Newcomer', password: STRONG_PASSWORD });
      const reused = await system.api.post(`/v1/invitations/${token}/accept`, {
        name: 'Nia Newcomer',
        password: STRONG_PASSWORD,
      });

      expect(shown.body).toMatchObject({
        institution: { id: institutionId, name: institutionName },
        accept: 'create_account',
        outcome: 'no_account',
      });
      expect(incomplete.status).toBe(400);
      expect(incomplete.body.errors.map((error) => error.field)).toEqual(['password']);
      expect(accepted.status).toBe(200);
      expect(accepted.body.joinRequest).toMatchObject({ status: 'pending', source: 'invitation' });
      expect(reused.status).toBe(410);
      expect((await system.api.get(`/v1/invitations/${token}`)).status).toBe(410);
      await system.api.login(contacts['newcomer'].email, STRONG_PASSWORD);
      await waitFor('the contact to link to the new account', async () => {
        const read = await system.api.get<ContactBody>(
          `/v1/institutions/${institutionId}/contacts/${contacts['newcomer'].id}`,
          staff.token,
        );
        return read.body.linkedUserId === accepted.body.userId ? true : undefined;
      });
    });

    it('lets an existing account accept only while logged in as the invited email', async () => {
      const token = tokenIn(await system.smtp.waitForMail(people['loner'].email, /would like to connect/));

      const anonymous = await system.api.post(`/v1/invitations/${token}/accept`, {});
      const someoneElse = await system.api.post(
        `/v1/invitations/${token}/accept`,
        {},
        people['student'].token,
      );
      const accepted = await system.api.post<{ joinRequest: { status: string } }>(
        `/v1/invitations/${token}/accept`,
        {},
        people['loner'].token,
      );

      expect(anonymous.status).toBe(401);
      expect(someoneElse.status).toBe(403);
      expect(accepted.status).toBe(200);
      expect(accepted.body.joinRequest.status).toBe('pending');
    });

    it('classifies each contact again when it sends: no mail to one archived or connected since, real demographics', async () => {
      const gone = await addContact(system, staff.token, institutionId, { email: uniqueEmail('gone') });
      const stays = await addContact(system, staff.token, institutionId, {
        firstName: 'Stacy',
        lastName: 'Stays',
        email: uniqueEmail('stays'),
      });
      const joiner = await signUpVerified(system, 'employer', 'Jo Joiner');
      const joined = await linkedContact(joiner, { firstName: 'Jo', lastName: 'Joiner' });
      const draft = await system.api.post<BulkInviteBody>(
        invites(),
        { contactIds: [gone.id, stays.id, joined.id] },
        staff.token,
      );
      await system.api.post(`/v1/institutions/${institutionId}/contacts/${gone.id}/archive`, {}, staff.token);
      await createMembership(system.db, joiner, institutionId, { roles: ['employer'] });

      await system.api.post(invites(`/${draft.body.id}/send`), {}, staff.token);
      const sent = await waitFor('the invite to be sent', async () => {
        const read = await system.api.get<BulkInviteBody>(invites(`/${draft.body.id}`), staff.token);
        return read.body.status === 'sent' ? read.body : undefined;
      });
      type Recipient = {
        contactId: string;
        outcome: string | null;
        notInvitable: string | null;
        invitation: { id: string; state: string } | null;
      };
      const [firstPage, secondPage] = await everyPage<Recipient>(
        system,
        invites(`/${draft.body.id}/recipients`),
        staff.token,
        2,
      );
      const mailed = await system.db.query<{ recipient: string }>(
        'select recipient from onboarding.mail_message where recipient = any($1)',
        [[gone.email, stays.email, joiner.email]],
      );

      expect(draft.body.demographics).toMatchObject({
        emails: 3,
        outcomes: { no_account: 2, account_no_company: 1 },
      });
      expect(sent.demographics).toEqual({
        contacts: 3,
        emails: 1,
        outcomes: { no_account: 1, account_no_company: 0, account_with_company: 0, already_connected: 1 },
        notInvitable: { archived: 1, not_an_employer: 0, request_pending: 0, declined_before: 0 },
      });
      expect(sent.progress).toEqual({ emailed: 1, total: 1 });
      expect(mailed.map((mail) => mail.recipient)).toEqual([stays.email]);
      expect([...firstPage, ...secondPage].map((item) => item.contactId)).toEqual([
        gone.id,
        joined.id,
        stays.id,
      ]);
      expect(firstPage[0]).toMatchObject({
        outcome: null,
        notInvitable: 'archived',
        invitation: null,
      });
      expect(firstPage[1]).toMatchObject({ outcome: 'already_connected', invitation: null });
      expect(secondPage).toHaveLength(1);
      expect(secondPage[0]).toMatchObject({
        outcome: 'no_account',
        invitation: { id: expect.any(String), state: 'pending' },
      });
    });

    it('shows the employer actions taken since, kept current', async () => {
      const pending = await system.api.get<{ items: Array<{ id: string; requester: { userId: string } }> }>(
        `/v1/institutions/${institutionId}/join-requests?status=pending&kind=employer`,
        staff.token,
      );
      const staffedRequest = pending.body.items.find(
        (item) => item.requester.userId === people['staffed'].id,
      );
      await system.api.post(
        `/v1/institutions/${institutionId}/join-requests/${staffedRequest?.id}/approve`,
        {},
        staff.token,
      );

      const read = await system.api.get<BulkInviteBody>(invites(`/${invite.id}`), staff.token);
      const listed = await system.api.get<{ items: BulkInviteBody[] }>(invites(), staff.token);

      expect(read.body.employerActions).toEqual({ accountsCreated: 1, connectionRequests: 3, approvals: 1 });
      expect(listed.body.items.find((item) => item.id === invite.id)?.employerActions).toEqual(
        read.body.employerActions,
      );
    });

    it('pages the invites newest first and their recipients by name, by cursor, each once', async () => {
      const written = await system.db.query<{ id: string }>(
        'select id from onboarding.bulk_invite where institution_id = $1 order by created_at desc, id desc',
        [institutionId],
      );
      const invitesRead = (await everyPage<BulkInviteBody>(system, invites(), staff.token, 1)).flat();
      const [invite] = written;
      const recipientsWritten = await system.db.query<{ contact_id: string }>(
        `select contact_id from onboarding.bulk_invite_recipient where bulk_invite_id = $1
          order by last_name, first_name, contact_id`,
        [invite.id],
      );
      const recipientsRead = await everyPage<{ contactId: string }>(
        system,
        invites(`/${invite.id}/recipients`),
        staff.token,
        1,
      );

      expect(written.length).toBeGreaterThan(1);
      expect(invitesRead.map((item) => item.id)).toEqual(written.map((row) => row.id));
      expect(recipientsWritten.length).toBeGreaterThan(1);
      expect(recipientsRead.flat().map((item) => item.contactId)).toEqual(
        recipientsWritten.map((row) => row.contact_id),
      );
      await expectPagingChecked(system, invites(), staff.token);
      await expectPagingChecked(system, invites(`/${invite.id}/recipients`), staff.token);
    });
  });
});

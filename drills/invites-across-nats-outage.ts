import { TestSystem, waitFor, loadInviteAudience, createInstitution } from '@careers/testing';
import { Checks, Drill, withSystem } from './drill';
import { natsOutage, OUTAGE_MS } from './nats-outage';

const CONTACTS = 8_000;

interface DraftBody {
  id: string;
  demographics: { emails: number };
}

/** How many distinct emails (by Message-ID) each address received. */
function emailsPerAddress(system: TestSystem): Map<string, Set<string>> {
  const received = new Map<string, Set<string>>();
  for (const mail of system.smtp.messages) {
    for (const address of mail.to) {
      const ids = received.get(address) ?? new Set<string>();
      ids.add(mail.messageId);
      received.set(address, ids);
    }
  }
  return received;
}

export const invitesAcrossNatsOutage: Drill = {
  id: 'nats-invites',
  name: 'NATS stopped during a bulk-invite send',
  proves: `a bulk invite to ${CONTACTS.toLocaleString('en')} contacts whose send is cut by NATS stopping for ${OUTAGE_MS / 1000} s emails every invited contact exactly once`,
  timeLimitMs: 5 * 60_000,
  run: (checks: Checks) =>
    withSystem({ apps: ['gateway', 'identity', 'directory', 'onboarding'] }, async (system) => {
      const admin = await system.adminToken();
      const institutionId = await createInstitution(system, admin);
      await system.api.patch(
        `/v1/institutions/${institutionId}/settings`,
        { employerApproval: { approval: 'review', permissions: ['post_jobs'] } },
        admin,
      );
      const invites = `/v1/institutions/${institutionId}/bulk-invites`;
      const audience = await loadInviteAudience(system.db, institutionId, CONTACTS);
      const draft = await system.api.post<DraftBody>(
        invites,
        { filter: { labelId: [audience.labelId] } },
        admin,
      );
      if (draft.status !== 201) throw new Error(`the draft failed: ${JSON.stringify(draft.body)}`);
      const expected = draft.body.demographics.emails;
      checks.note(`draft: ${expected} contacts to email`);

      const sent = await system.api.post(`${invites}/${draft.body.id}/send`, {}, admin);
      if (sent.status !== 202) throw new Error(`the send failed: ${JSON.stringify(sent.body)}`);
      await waitFor(
        'the first emails',
        async () => (system.smtp.messages.length > 0 ? true : undefined),
        60_000,
      );
      const atOutage = system.smtp.messages.length;
      await natsOutage(system, checks);
      const duringOutage = system.smtp.messages.length - atOutage;
      checks.note(`emails received: ${atOutage} when NATS stopped, ${duringOutage} more while it was down`);

      const status = await waitFor(
        'the invite to be sent',
        async () => {
          const read = await system.api.get<{ status: string }>(`${invites}/${draft.body.id}`, admin);
          return read.body.status === 'sent' ? read.body.status : undefined;
        },
        120_000,
      );
      const invitations = await system.db.query<{ email: string }>(
        'select lower(email) as email from onboarding.invitation where bulk_invite_id = $1',
        [draft.body.id],
      );
      const everyMailed = () => {
        const received = emailsPerAddress(system);
        return invitations.every(({ email }) => received.has(email)) ? received : undefined;
      };
      const received = await waitFor('every invitation email', async () => everyMailed(), 120_000).catch(() =>
        emailsPerAddress(system),
      );
      const perInvited = invitations.map(({ email }) => received.get(email)?.size ?? 0);

      checks.that(
        'the send was still going when NATS stopped',
        atOutage < expected,
        `${atOutage} of ${expected} emailed`,
      );
      checks.equal('invite status', 'sent', status);
      checks.equal('invitations made', expected, invitations.length);
      checks.equal('invited contacts emailed', expected, perInvited.filter((count) => count > 0).length);
      checks.equal(
        'invited contacts emailed more than once',
        0,
        perInvited.filter((count) => count > 1).length,
      );
      checks.equal('addresses emailed in all', expected, received.size);
    }),
};

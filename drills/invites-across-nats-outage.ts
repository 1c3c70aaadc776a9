import { BulkInviteSend } from './bulk-invite-send';
import { Checks, Drill, withSystem } from './drill';
import { natsOutage, OUTAGE_MS } from './nats-outage';

const CONTACTS = 8_000;

export const invitesAcrossNatsOutage: Drill = {
  id: 'nats-invites',
  name: 'NATS stopped during a bulk-invite send',
  proves: `a bulk invite to ${CONTACTS.toLocaleString('en')} contacts whose send is cut by NATS stopping for ${OUTAGE_MS / 1000} s emails every invited contact exactly once`,
  timeLimitMs: 5 * 60_000,
  run: (checks: Checks) =>
    withSystem({ apps: ['gateway', 'identity', 'directory', 'onboarding'] }, async (system) => {
      const send = await BulkInviteSend.start(system, CONTACTS, checks);
      await send.untilFirstEmails();
      const atOutage = send.emailed;
      await natsOutage(system, checks);
      checks.note(
        `emails received: ${atOutage} when NATS stopped, ${send.emailed - atOutage} more while it was down`,
      );

      checks.that(
        'the send was still going when NATS stopped',
        atOutage < send.expected,
        `${atOutage} of ${send.expected} emailed`,
      );
      await send.check(checks);
    }),
};

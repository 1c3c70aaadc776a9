import { setTimeout as delay } from 'node:timers/promises';
import { Checks, Drill, withSystem } from './drill';
import { LinkedContactsTraffic } from './linked-contacts-traffic';
import { natsOutage, OUTAGE_MS } from './nats-outage';

const ACCOUNTS = 5_000;
const TRAFFIC_BEFORE_MS = 3_000;
const TRAFFIC_AFTER_MS = 5_000;

export const eventsAcrossNatsOutage: Drill = {
  id: 'nats-events',
  name: 'NATS stopped during event traffic',
  proves: `with contacts being added (each one linked, and the link applied by identity's consumer), NATS stopped for ${OUTAGE_MS / 1000} s loses no event and applies none twice`,
  timeLimitMs: 4 * 60_000,
  run: (checks: Checks) =>
    withSystem({ apps: ['gateway', 'identity', 'directory'] }, async (system) => {
      const traffic = await LinkedContactsTraffic.start(system, ACCOUNTS);

      const outage = delay(TRAFFIC_BEFORE_MS)
        .then(() => natsOutage(system, checks))
        .then(() => delay(TRAFFIC_AFTER_MS));
      await traffic.addContactsUntil(outage);
      await outage; // NATS is back (or the drill fails with why) even if the accounts ran out first

      checks.that(
        'requests were refused while NATS was down',
        traffic.refused.total > 0,
        String(traffic.refused),
      );
      await traffic.check(checks);
    }),
};

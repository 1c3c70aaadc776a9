import { Events } from '@careers/contracts';
import { consumerName } from '@careers/messaging';
import { eventsInStream, waitFor } from '@careers/testing';
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
      checks.note(
        `contacts acknowledged (201): ${traffic.acknowledged.length}; other answers: ${JSON.stringify(Object.fromEntries(traffic.refused))}`,
      );

      const stored = await waitFor(
        'identity to have applied every link',
        async () => {
          const now = await traffic.stored();
          return now.linksInIdentity >= now.linked ? now : undefined;
        },
        60_000,
      ).catch(() => traffic.stored());
      const [{ unpublished }] = await system.db.query<{ unpublished: number }>(
        'select count(*)::int as unpublished from directory.outbox_event',
      );
      const consumer = consumerName('identity', Events.contactLinked);
      const [{ applied }] = await system.db.query<{ applied: number }>(
        'select count(*)::int as applied from identity.inbox_event where consumer = $1',
        [consumer],
      );
      const published = await eventsInStream(system.nats.url, Events.contactLinked);

      const refusals = [...traffic.refused.entries()];
      checks.that(
        'requests were refused while NATS was down',
        refusals.length > 0,
        JSON.stringify(Object.fromEntries(traffic.refused)),
      );
      checks.equal(
        'refusals other than 503/504 (a 500 would be a bug)',
        0,
        refusals
          .filter(([status]) => status !== 503 && status !== 504)
          .reduce((sum, [, count]) => sum + count, 0),
      );
      checks.equal(
        'every acknowledged contact is stored',
        traffic.acknowledged.length,
        stored.acknowledgedStored,
      );
      checks.equal('every stored contact is linked', stored.contacts, stored.linked);
      checks.equal('contact.linked events in the stream, one per linked contact', stored.linked, published);
      checks.equal("links applied by identity's consumer (inbox entries)", stored.linked, applied);
      checks.equal('links in identity, one per linked contact', stored.linked, stored.linksInIdentity);
      checks.equal("directory's outbox is empty", 0, unpublished);
    }),
};

import { EVENTS_STREAM, Events } from '@careers/contracts';
import { consumerName } from '@careers/messaging';
import { eventsInStream, TestSystem, waitFor } from '@careers/testing';
import { connect, NatsConnection } from 'nats';
import { randomUUID } from 'node:crypto';
import { Checks, Drill, withSystem } from './drill';
import { LinkedContactsTraffic } from './linked-contacts-traffic';

const CONTACTS = 300;
const REPUBLISHED = 50;
const CONSUMER = consumerName('identity', Events.contactLinked);

interface Effects {
  links: number;
  /** A digest of every link row, its time included: any re-application shows. */
  digest: string;
  inboxEntries: number;
}

async function effects(system: TestSystem): Promise<Effects> {
  const [row] = await system.db.query<Effects & Record<string, unknown>>(
    `select (select count(*)::int from identity.contact_link) as links,
            (select md5(coalesce(string_agg(concat_ws('/', contact_id, user_id, linked, changed_at), ',' order by contact_id), ''))
               from identity.contact_link) as digest,
            (select count(*)::int from identity.inbox_event where consumer = $1) as "inboxEntries"`,
    [CONSUMER],
  );
  return row;
}

/** Publishes the first `count` contact.linked events again as new messages (so JetStream's de-duplication lets them in). */
async function republish(nc: NatsConnection, count: number): Promise<void> {
  const js = nc.jetstream();
  const jsm = await nc.jetstreamManager();
  const { state } = await jsm.streams.info(EVENTS_STREAM);
  let republished = 0;
  for (let seq = state.first_seq; seq <= state.last_seq && republished < count; seq++) {
    const message = await jsm.streams.getMessage(EVENTS_STREAM, { seq });
    if (message.subject !== Events.contactLinked) continue;
    await js.publish(message.subject, message.data, { msgID: randomUUID() });
    republished++;
  }
}

export const redeliveredEvents: Drill = {
  id: 'redelivery',
  name: 'events redelivered',
  proves: `a consumer given the same events again (its durable consumer recreated from the start of the stream, and ${REPUBLISHED} events published a second time) changes nothing`,
  timeLimitMs: 3 * 60_000,
  run: (checks: Checks) =>
    withSystem({ apps: ['gateway', 'identity', 'directory'] }, async (system) => {
      const traffic = await LinkedContactsTraffic.start(system, CONTACTS);
      await traffic.addContactsUntil(new Promise(() => undefined));
      const added = traffic.acknowledged.length;
      const before = await waitFor('identity to apply every link', async () => {
        const now = await effects(system);
        return now.links === added ? now : undefined;
      });
      checks.note(`before: ${JSON.stringify(before)}`);

      const identity = system.app('identity');
      await identity.stop();
      const nc = await connect({ servers: system.nats.url });
      try {
        const jsm = await nc.jetstreamManager();
        await jsm.consumers.delete(EVENTS_STREAM, CONSUMER);
        checks.note(
          `identity stopped; durable consumer ${CONSUMER} deleted (it is made again from the stream's start)`,
        );
        await republish(nc, REPUBLISHED);
        checks.note(`${REPUBLISHED} contact.linked events published again under new message ids`);
        await identity.start();

        const delivered = await waitFor(
          'identity to take every event again',
          async () => {
            const info = await jsm.consumers.info(EVENTS_STREAM, CONSUMER).catch(() => undefined);
            const settled = info && info.num_pending === 0 && info.num_ack_pending === 0;
            return settled ? info.delivered.consumer_seq : undefined;
          },
          60_000,
        );
        const after = await effects(system);

        checks.equal(
          'events delivered to the new consumer: every contact.linked in the stream',
          await eventsInStream(system.nats.url, Events.contactLinked),
          delivered,
        );
        checks.equal('of which published a second time', added + REPUBLISHED, delivered);
        checks.equal('links in identity', before.links, after.links);
        checks.equal('every link row unchanged (digest)', before.digest, after.digest);
        checks.equal('inbox entries (no event applied twice)', before.inboxEntries, after.inboxEntries);
      } finally {
        await nc.close();
      }
    }),
};

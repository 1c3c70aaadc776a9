import { EVENTS_STREAM } from '@careers/contracts';
import { type TestSystem, waitFor } from '@careers/testing';
import { connect, type ConsumerInfo } from 'nats';
import type { Checks } from './drill';

interface Consumed {
  consumer: string;
  events: number;
  applied: number;
}

/** The EVENTS stream's durable consumers, once none has anything left to deliver or awaiting its ack. */
async function caughtUpConsumers(system: TestSystem): Promise<ConsumerInfo[]> {
  const nc = await connect({ servers: system.nats.servers });
  try {
    const jsm = await nc.jetstreamManager();
    const list = async () => jsm.consumers.list(EVENTS_STREAM).next();
    return await waitFor(
      'every consumer to have caught up',
      async () => {
        const consumers = await list();
        return consumers.every(({ num_pending, num_ack_pending }) => num_pending + num_ack_pending === 0)
          ? consumers
          : undefined;
      },
      60_000,
    ).catch(list);
  } finally {
    await nc.close();
  }
}

/** For each consumer: the events on its subject in the stream, and the ones its service's inbox says it applied. */
async function consumed(system: TestSystem, consumers: ConsumerInfo[]): Promise<Consumed[]> {
  const nc = await connect({ servers: system.nats.servers });
  try {
    const jsm = await nc.jetstreamManager();
    const { state } = await jsm.streams.info(EVENTS_STREAM, { subjects_filter: '>' });
    return await Promise.all(
      consumers.map(async ({ name, config }) => {
        // A consumer is named after the service that owns it (`<service>-<subject>`), whose schema holds its inbox.
        const service = name.split('-')[0];
        const [{ applied }] = await system.db.query<{ applied: number }>(
          `select count(*)::int as applied from "${service}".inbox_event where consumer = $1`,
          [name],
        );
        return { consumer: name, events: state.subjects?.[config.filter_subject ?? ''] ?? 0, applied };
      }),
    );
  } finally {
    await nc.close();
  }
}

/**
 * Every event applied once by every consumer: each durable consumer has caught up, and its service's inbox holds one
 * entry per event on its subject (an entry is keyed by consumer and event, so a second application of one would
 * have been refused, and a missing one shows as fewer).
 */
export async function checkEventsAppliedOnce(system: TestSystem, checks: Checks): Promise<void> {
  const rows = await consumed(system, await caughtUpConsumers(system));
  checks.note(
    `events applied per consumer: ${rows
      .filter(({ events }) => events > 0)
      .map(({ consumer, applied }) => `${consumer} ${applied}`)
      .join(', ')}`,
  );
  checks.equal(
    `consumers whose inbox differs from the events on their subject (of ${rows.length})`,
    [],
    rows.filter(({ events, applied }) => events !== applied),
  );
}

/** Every service's outbox emptied into the stream. */
export async function checkOutboxesDrained(system: TestSystem, checks: Checks): Promise<void> {
  const schemas = await system.db.query<{ schema: string }>(
    `select table_schema as schema from information_schema.tables where table_name = 'outbox_event' order by 1`,
  );
  const left = () =>
    Promise.all(
      schemas.map(async ({ schema }) => {
        const [{ count }] = await system.db.query<{ count: number }>(
          `select count(*)::int as count from "${schema}".outbox_event`,
        );
        return `${schema} ${count}`;
      }),
    );
  const drained = schemas.map(({ schema }) => `${schema} 0`);
  const outboxes = await waitFor(
    'every outbox to be drained',
    async () => {
      const now = await left();
      return JSON.stringify(now) === JSON.stringify(drained) ? now : undefined;
    },
    60_000,
  ).catch(left);
  checks.equal('events left in the outboxes', drained, outboxes);
}

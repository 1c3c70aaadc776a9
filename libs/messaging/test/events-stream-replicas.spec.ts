import { EVENTS_STREAM, EVENTS_STREAM_SUBJECTS } from '@careers/contracts';
import { NatsCluster } from '@careers/local-infra';
import { waitFor } from '@careers/testing';
import { AckPolicy, connect, JetStreamManager, NatsConnection } from 'nats';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureEventsStream } from '../src';

describe('the EVENTS stream on a three-node JetStream cluster', () => {
  const scratch = mkdtempSync(join(tmpdir(), 'events-replicas-'));
  let cluster: NatsCluster;
  let nc: NatsConnection;
  let jsm: JetStreamManager;

  beforeAll(async () => {
    cluster = await NatsCluster.start({ nodes: 3, storeDir: scratch });
    nc = await connect({ servers: cluster.servers });
    jsm = await nc.jetstreamManager();
  });

  afterAll(async () => {
    await nc?.close();
    await cluster?.stop();
    rmSync(scratch, { recursive: true, force: true });
  });

  afterEach(() => jsm.streams.delete(EVENTS_STREAM).catch(() => undefined));

  /**
   * What a JetStream API request answers, or undefined while the cluster cannot answer it yet (a copy, or the
   * consumer's group, electing its leader): a probe to ask again.
   */
  const onceAnswered = <T>(request: Promise<T>): Promise<T | undefined> =>
    request.catch((error: unknown) => {
      if (['TIMEOUT', '503'].includes(String((error as { code?: unknown }).code))) return undefined;
      throw error;
    });

  /** The stream's replicas as configured, and how many peers hold a current copy (its leader included). */
  async function copies(): Promise<{ configured: number; current: number }> {
    const info = await jsm.streams.info(EVENTS_STREAM);
    const followers = (info.cluster?.replicas ?? []).filter((peer) => peer.current).length;
    return { configured: info.config.num_replicas, current: (info.cluster?.leader ? 1 : 0) + followers };
  }

  it('is created with the configured replicas', async () => {
    await ensureEventsStream(jsm, 3);

    expect(
      await waitFor('three current copies', async () => {
        const now = await onceAnswered(copies());
        return now?.current === 3 ? now : undefined;
      }),
    ).toEqual({ configured: 3, current: 3 });
  });

  it('is brought to the configured replicas when it exists with others, its events kept', async () => {
    await jsm.streams.add({ name: EVENTS_STREAM, subjects: [EVENTS_STREAM_SUBJECTS], num_replicas: 1 });
    await jsm.consumers.add(EVENTS_STREAM, { durable_name: 'a-consumer', ack_policy: AckPolicy.Explicit });
    await nc.jetstream().publish('events.test.thing.happened', new TextEncoder().encode('{}'));

    await ensureEventsStream(jsm, 3);

    expect(
      await waitFor('three current copies', async () => {
        const now = await onceAnswered(copies());
        return now?.current === 3 ? now : undefined;
      }),
    ).toEqual({ configured: 3, current: 3 });
    expect((await jsm.streams.info(EVENTS_STREAM)).state.messages).toBe(1);
    // A durable consumer that takes the stream's replicas (as the services' do) is copied along with it.
    const consumer = await waitFor('the consumer on three nodes', async () => {
      const info = await onceAnswered(jsm.consumers.info(EVENTS_STREAM, 'a-consumer'));
      return (info?.cluster?.replicas?.length ?? 0) === 2 ? info : undefined;
    });
    expect(consumer.num_pending).toBe(1);
  });
});

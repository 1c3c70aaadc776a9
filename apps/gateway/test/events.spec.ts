import { EVENTS_STREAM } from '@careers/contracts';
import { TestSystem, waitFor } from '@careers/testing';
import { connect, headers, JSONCodec, NatsConnection } from 'nats';

const CONSUMER = 'identity-directory_institution_created';

describe('durable events between services', () => {
  let system: TestSystem;
  let admin: string;
  let nc: NatsConnection;

  beforeAll(async () => {
    system = await TestSystem.start({ apps: ['gateway', 'identity', 'directory'] });
    admin = await system.adminToken();
    nc = await connect({ servers: system.nats.url });
  });

  afterAll(async () => {
    await nc?.close();
    await system?.stop();
  });

  const replicaOf = (institutionId: string) =>
    system.db.query<{ name: string; synced_at: Date }>(
      'select name, synced_at from identity.institution_replica where id = $1',
      [institutionId],
    );
  const inboxOf = (eventId: string) =>
    system.db.query('select * from identity.inbox_event where event_id = $1', [eventId]);

  it('publishes user.created for the bootstrap administrator through the outbox', async () => {
    const message = await system.lastEvent('events.identity.user.created');

    expect(message).toMatchObject({
      type: 'events.identity.user.created',
      version: 1,
      data: { email: 'admin@example.test', userType: 'platform_admin' },
    });
  });

  it('applies an event published while its consumer was stopped once the consumer is back', async () => {
    await system.app('identity').stop();
    const created = await system.api.post('/v1/institutions', { name: 'Harbor Institute' }, admin);
    expect(created.status).toBe(201);
    const institutionId = created.body['id'] as string;
    await waitFor('the outbox to be empty', async () =>
      (await system.db.query('select id from directory.outbox_event')).length === 0 ? true : undefined,
    );
    expect(await replicaOf(institutionId)).toEqual([]);

    await system.app('identity').start();

    const [replica] = await waitFor('identity to apply the event', async () => {
      const rows = await replicaOf(institutionId);
      return rows.length ? rows : undefined;
    });
    expect(replica.name).toBe('Harbor Institute');
  });

  it('changes nothing when the same event is delivered again', async () => {
    const created = await system.api.post('/v1/institutions', { name: 'Meadow Polytechnic' }, admin);
    const institutionId = created.body['id'] as string;
    const [first] = await waitFor('identity to apply the event', async () => {
      const rows = await replicaOf(institutionId);
      return rows.length ? rows : undefined;
    });
    const jsm = await nc.jetstreamManager();
    const original = await jsm.streams.getMessage(EVENTS_STREAM, {
      last_by_subj: 'events.directory.institution.created',
    });
    const envelope = original.json<{ id: string; data: { name: string } }>();
    expect(envelope.data.name).toBe('Meadow Polytechnic');
    const delivered = (await jsm.consumers.info(EVENTS_STREAM, CONSUMER)).delivered.stream_seq;

    // A redelivery past JetStream's duplicate window: the same event under a new message id.
    const h = headers();
    h.set('Nats-Msg-Id', `redelivery-${envelope.id}`);
    await nc.jetstream().publish(original.subject, JSONCodec().encode(envelope), { headers: h });

    await waitFor('the consumer to take the redelivery', async () => {
      const info = await jsm.consumers.info(EVENTS_STREAM, CONSUMER);
      return info.delivered.stream_seq > delivered && info.num_ack_pending === 0 ? true : undefined;
    });
    expect(await inboxOf(envelope.id)).toHaveLength(1);
    expect(await replicaOf(institutionId)).toEqual([first]);
  });
});

import 'reflect-metadata';
import { EVENTS_STREAM } from '@careers/contracts';
import { NatsServerProcess } from '@careers/local-infra';
import { PersistenceModule } from '@careers/persistence';
import { TestDatabase, waitFor } from '@careers/testing';
import { MikroORM } from '@mikro-orm/postgresql';
import { INestApplicationContext } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import { connect } from 'nats';
import {
  CreateEventTables,
  EVENT_ENTITIES,
  EventsModule,
  NatsModule,
  OUTBOX_CHANGES,
  recordEvent,
  recordEvents,
} from '../src';

const SCHEMA = 'relay_test';

describe('outbox relay against PostgreSQL and JetStream', () => {
  let scratch: string;
  let db: TestDatabase;
  let nats: NatsServerProcess;
  let app: INestApplicationContext;
  let orm: MikroORM;

  beforeAll(async () => {
    scratch = mkdtempSync(join(tmpdir(), 'careers-relay-'));
    db = await TestDatabase.create();
    nats = await NatsServerProcess.start({ storeDir: join(scratch, 'nats') });
    const module = await Test.createTestingModule({
      imports: [
        PersistenceModule.forService({
          schema: SCHEMA,
          databaseUrl: db.url,
          entities: EVENT_ENTITIES,
          migrations: [
            { name: CreateEventTables.migrationName, class: CreateEventTables },
            ...OUTBOX_CHANGES,
          ],
          migrateOnStart: true,
        }),
        NatsModule.forRoot({ settings: { servers: nats.url, streamReplicas: 1 }, name: 'relay-test' }),
        EventsModule.forService({ service: 'relay-test', outboxPollMs: 100 }),
      ],
    }).compile();
    orm = module.get(MikroORM);
    app = await module.init();
  });

  afterAll(async () => {
    await app?.close();
    await nats?.stop();
    await db?.drop();
    rmSync(scratch, { recursive: true, force: true });
  });

  const outbox = () => db.query<{ id: string }>(`select id from ${SCHEMA}.outbox_event`);

  async function lastEventOn(
    subject: string,
  ): Promise<{ id: string; type: string; data: unknown } | undefined> {
    const nc = await connect({ servers: nats.url });
    try {
      const jsm = await nc.jetstreamManager();
      const message = await jsm.streams
        .getMessage(EVENTS_STREAM, { last_by_subj: subject })
        .catch(() => undefined);
      return message?.json<{ id: string; type: string; data: unknown }>();
    } finally {
      await nc.close();
    }
  }

  /** Every event on the subject, in the stream's order. */
  async function eventsOn(subject: string): Promise<Array<{ id: string }>> {
    const nc = await connect({ servers: nats.url });
    try {
      const jsm = await nc.jetstreamManager();
      const { state } = await jsm.streams.info(EVENTS_STREAM);
      const events: Array<{ id: string }> = [];
      for (let seq = state.first_seq; seq <= state.last_seq; seq++) {
        const message = await jsm.streams.getMessage(EVENTS_STREAM, { seq });
        if (message.subject === subject) events.push(message.json<{ id: string }>());
      }
      return events;
    } finally {
      await nc.close();
    }
  }

  async function recordUserCreated(email: string): Promise<string> {
    const em = orm.em.fork();
    const envelope = recordEvent(em, 'events.identity.user.created', {
      userId: crypto.randomUUID(),
      email,
      name: 'Relay Test',
      userType: 'student',
      status: 'active',
    });
    await em.flush();
    return envelope.id;
  }

  it('publishes a recorded event with its id as the message id and empties the outbox', async () => {
    const eventId = await recordUserCreated('first@example.test');

    await waitFor('the outbox to be empty', async () => ((await outbox()).length === 0 ? true : undefined));
    expect(await lastEventOn('events.identity.user.created')).toMatchObject({ id: eventId });
  });

  it('keeps envelopes compressed with lz4 where the server has it', async () => {
    const [{ supported }] = await db.query<{ supported: boolean }>(
      `select exists (select 1 from pg_settings where name = 'default_toast_compression' and 'lz4' = any(enumvals)) as supported`,
    );
    const [{ method }] = await db.query<{ method: string }>(
      `select attcompression as method from pg_attribute
        where attrelid = '${SCHEMA}.outbox_event'::regclass and attname = 'envelope'`,
    );

    expect(method).toBe(supported ? 'l' : '');
  });

  it('publishes events recorded in one statement as they were written, in order', async () => {
    const institutionId = crypto.randomUUID();
    const batch = Array.from({ length: 10 }, (_, index) => ({
      institutionId,
      created: [
        {
          userId: crypto.randomUUID(),
          email: `imported${index}@example.test`,
          name: `Imported ${index}`,
          userType: 'student' as const,
          status: 'active' as const,
        },
      ],
      renamed: [],
      granted: [],
    }));
    await orm.em.fork().transactional((em) => recordEvents(em, 'events.identity.users.imported', batch));

    await waitFor('the outbox to be empty', async () => ((await outbox()).length === 0 ? true : undefined));
    const published = await eventsOn('events.identity.users.imported');
    expect(published).toEqual(batch.map((data) => expect.objectContaining({ data })));
  });

  it('keeps an event in the outbox while NATS is down and publishes it once NATS is back', async () => {
    await nats.stop();
    const eventId = await recordUserCreated('second@example.test');

    // Several relay attempts fail meanwhile; the event must still be waiting.
    await delay(1500);
    expect(await outbox()).toEqual([{ id: eventId }]);

    await nats.restart();

    await waitFor('the outbox to be empty', async () => ((await outbox()).length === 0 ? true : undefined));
    expect(await lastEventOn('events.identity.user.created')).toMatchObject({ id: eventId });
  });
});

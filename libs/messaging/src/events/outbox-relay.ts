import { MikroORM } from '@mikro-orm/postgresql';
import { executeBound, WorkLoop } from '@careers/persistence';
import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import {
  gauge,
  NatsConnectionHost,
  settleMessagingSpan,
  startMessagingSpan,
  traceContextOfTraceparent,
  traceHeaders,
} from '@careers/rpc';
import { trace } from '@opentelemetry/api';
import type { JetStreamClient, PubAck } from 'nats';
import { EVENTS_OPTIONS, EventsOptions } from './events-options';
import { ensureEventsStream } from './events-stream';
import { OutboxEvent } from './outbox-event.entity';

const utf8 = new TextEncoder();
const MAX_BACKOFF_MS = 10_000;

/**
 * Publishes the outbox to JetStream in the order it was written, a batch at a time, with `Nats-Msg-Id` = event id so
 * that a publish repeated after a crash is dropped as a duplicate, and `traceparent` = the trace the event was recorded
 * in, which its consumers continue. Replicas share the work: rows are claimed with `FOR UPDATE SKIP LOCKED`.
 * While NATS is away the events stay in the outbox and the relay retries with backoff.
 */
@Injectable()
export class OutboxRelay implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(OutboxRelay.name);
  private readonly pollMs: number;
  private readonly batchSize: number;
  private readonly loop = new WorkLoop();
  private failures = 0;
  private streamReady = false;

  constructor(
    private readonly orm: MikroORM,
    private readonly nats: NatsConnectionHost,
    @Inject(EVENTS_OPTIONS) options: EventsOptions,
  ) {
    this.pollMs = options.outboxPollMs ?? 500;
    this.batchSize = options.outboxBatchSize ?? 200;
  }

  onApplicationBootstrap(): void {
    this.measureBacklog();
    this.loop.wakeOnFlushOf(this.orm, OutboxEvent);
    this.loop.start(() => this.step());
  }

  async onApplicationShutdown(): Promise<void> {
    await this.loop.stop();
  }

  /** One round: a batch out, then how long to wait (longer and longer while NATS is away). */
  private async step(): Promise<number> {
    try {
      const published = await this.publishBatch();
      if (this.failures > 0) this.logger.log('Outbox relay publishing again');
      this.failures = 0;
      return published === this.batchSize ? 0 : this.pollMs;
    } catch (error) {
      if (this.failures === 0) this.logger.warn({ err: error }, 'Outbox relay cannot publish; will retry');
      this.failures += 1;
      this.streamReady = false;
      return Math.min(this.pollMs * 2 ** this.failures, MAX_BACKOFF_MS);
    }
  }

  /** How many events wait to be published and how old the oldest is, read at each scrape of `/metrics`. */
  private measureBacklog(): void {
    const read = async () => {
      const [backlog] = await this.orm.em
        .fork()
        .getConnection()
        .execute<Array<{ pending: number; age: number | null }>>(
          `select count(*)::int as "pending", extract(epoch from now() - min("occurred_at"))::float8 as "age"
           from "${this.orm.config.get('schema')}"."outbox_event"`,
        );
      return backlog;
    };
    gauge({
      name: 'outbox_events_pending',
      help: 'Events written to the outbox and not yet published to JetStream.',
      async collect() {
        this.set((await read()).pending);
      },
    });
    gauge({
      name: 'outbox_oldest_event_age_seconds',
      help: 'How long the oldest event waiting in the outbox has waited (0 when none waits).',
      async collect() {
        this.set((await read()).age ?? 0);
      },
    });
  }

  /**
   * Publishes one batch; returns how many events went out. The rows are read as plain rows and each envelope as the
   * text it was written as, published as it is: no entities (an import's events carry hundreds of people each, and
   * the unit of work compared every one of them with its snapshot on commit) and no parse and serialize again.
   */
  async publishBatch(): Promise<number> {
    if (!this.streamReady) {
      await ensureEventsStream(await this.nats.jetstreamManager(), this.nats.streamReplicas);
      this.streamReady = true;
    }
    const js = this.nats.jetstream();
    const outbox = `"${this.orm.config.get('schema')}"."outbox_event"`;
    let failure: unknown;
    const published = await this.orm.em.fork().transactional(async (em) => {
      const events = await executeBound<OutboxRow>(
        em,
        `select "id", "subject", "envelope"::text as "envelope", "traceparent" from ${outbox}
          order by "seq" limit ? for update skip locked`,
        [this.batchSize],
      );
      // Sent together, in order, on the one connection; acknowledged as they come back.
      const outcomes = await Promise.allSettled(events.map((event) => publish(js, event)));
      const done = events
        .filter((_, index) => outcomes[index].status === 'fulfilled')
        .map((event) => event.id);
      const rejected = outcomes.find(
        (outcome): outcome is PromiseRejectedResult => outcome.status === 'rejected',
      );
      failure = rejected?.reason;
      if (done.length > 0)
        await executeBound(em, `delete from ${outbox} where "id" = any(?::uuid[])`, [done]);
      return done.length;
    });
    if (failure) throw failure;
    return published;
  }
}

interface OutboxRow {
  id: string;
  subject: string;
  envelope: string;
  traceparent: string | null;
}

/** Publishes one event in the trace it was recorded in, with a span of its own when it was recorded in one. */
async function publish(js: JetStreamClient, event: OutboxRow): Promise<PubAck> {
  const data = utf8.encode(event.envelope);
  if (!event.traceparent) return js.publish(event.subject, data, { msgID: event.id });
  const recordedIn = traceContextOfTraceparent(event.traceparent);
  const span = startMessagingSpan('publish', event.subject, { parent: recordedIn, eventId: event.id });
  const headers = traceHeaders(trace.setSpan(recordedIn, span));
  return settleMessagingSpan(span, js.publish(event.subject, data, { msgID: event.id, headers }));
}

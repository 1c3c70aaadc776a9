import type { MikroORM } from '@mikro-orm/postgresql';
import { Logger } from '@nestjs/common';
import type { EventEnvelope, EventSubject } from '@careers/contracts';
import {
  AckPolicy,
  ConsumerMessages,
  DeliverPolicy,
  JetStreamClient,
  JetStreamManager,
  JsMsg,
  nanos,
} from 'nats';
import { EVENTS_STREAM } from '@careers/contracts';
import { apiErrorCode, endMessagingSpan, startMessagingSpan, traceContextOf } from '@careers/rpc';
import { context, trace } from '@opentelemetry/api';
import type { EventHandlerFn } from './handles-event.decorator';
import { InboxEntry } from './inbox-entry.entity';

const CONSUMER_NOT_FOUND = 10014;
const MAX_REDELIVERY_DELAY_MS = 30_000;

/**
 * One durable JetStream consumer for one event subject. Each message is applied in a transaction that first
 * records the event id in the inbox: a redelivered event finds its id there and changes nothing. It is handled in the
 * trace it was published in (its `traceparent` header).
 */
export class EventConsumer {
  private readonly logger: Logger;
  private messages?: ConsumerMessages;
  private loop?: Promise<void>;

  constructor(
    readonly name: string,
    private readonly subject: EventSubject,
    private readonly handler: EventHandlerFn<EventSubject>,
    private readonly orm: MikroORM,
  ) {
    this.logger = new Logger(`EventConsumer ${name}`);
  }

  async start(jsm: JetStreamManager, js: JetStreamClient): Promise<void> {
    await this.ensureDurable(jsm);
    const consumer = await js.consumers.get(EVENTS_STREAM, this.name);
    this.messages = await consumer.consume({ max_messages: 100 });
    const messages = this.messages;
    this.loop = (async () => {
      for await (const message of messages) await this.handle(message);
    })();
  }

  async stop(): Promise<void> {
    this.messages?.stop();
    await this.loop;
  }

  /** Applies one delivered message; exposed for tests that redeliver on purpose. */
  async handle(message: JsMsg): Promise<void> {
    const event = parseEnvelope(message);
    if (!event) {
      this.logger.error(`Malformed event on ${message.subject} (seq ${message.seq}) terminated`);
      message.term();
      return;
    }
    const publishedIn = traceContextOf(message.headers);
    const span = startMessagingSpan('process', event.type, { parent: publishedIn, eventId: event.id });
    await context.with(trace.setSpan(publishedIn, span), async () => {
      try {
        const applied = await this.apply(event);
        message.ack();
        this.logger.debug(
          applied ? `Applied ${event.type} ${event.id}` : `Event ${event.id} already handled; skipped`,
        );
        endMessagingSpan(span);
      } catch (error) {
        const attempt = message.info.redeliveryCount;
        this.logger.error(
          { err: error, eventId: event.id, attempt },
          `Handling ${event.type} failed; will retry`,
        );
        message.nak(Math.min(1000 * 2 ** attempt, MAX_REDELIVERY_DELAY_MS));
        endMessagingSpan(span, error);
      }
    });
  }

  /** Returns false when the event was already applied. */
  async apply(event: EventEnvelope): Promise<boolean> {
    return this.orm.em.fork().transactional(async (em) => {
      const inserted = await em
        .createQueryBuilder(InboxEntry)
        .insert({ consumer: this.name, eventId: event.id, subject: event.type, handledAt: new Date() })
        .onConflict(['consumer', 'eventId'])
        .ignore()
        .execute('run');
      if (inserted.affectedRows === 0) return false;
      // transactional() flushes what the handler persisted before it commits.
      await this.handler(event, em);
      return true;
    });
  }

  private async ensureDurable(jsm: JetStreamManager): Promise<void> {
    try {
      await jsm.consumers.info(EVENTS_STREAM, this.name);
    } catch (error) {
      if (apiErrorCode(error) !== CONSUMER_NOT_FOUND) throw error;
      await jsm.consumers.add(EVENTS_STREAM, {
        durable_name: this.name,
        filter_subject: this.subject,
        ack_policy: AckPolicy.Explicit,
        deliver_policy: DeliverPolicy.All,
        ack_wait: nanos(30_000),
        max_ack_pending: 1000,
      });
    }
  }
}

function parseEnvelope(message: JsMsg): EventEnvelope | undefined {
  try {
    const value = message.json<EventEnvelope>();
    const valid =
      typeof value?.id === 'string' && value.type === message.subject && typeof value.version === 'number';
    return valid ? value : undefined;
  } catch {
    return undefined;
  }
}

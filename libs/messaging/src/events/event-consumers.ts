import { MikroORM } from '@mikro-orm/postgresql';
import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { DiscoveryService, MetadataScanner, Reflector } from '@nestjs/core';
import { EVENTS_STREAM, EventSubject } from '@careers/contracts';
import { gauge, NatsConnectionHost } from '@careers/rpc';
import { EventConsumer } from './event-consumer';
import { EVENTS_OPTIONS, EventsOptions } from './events-options';
import { ensureEventsStream } from './events-stream';
import { EventHandlerFn, HANDLES_EVENT } from './handles-event.decorator';

/** Finds every `@HandlesEvent` method of the app and runs a durable consumer for each. */
@Injectable()
export class EventConsumers implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(EventConsumers.name);
  private readonly consumers: EventConsumer[] = [];

  constructor(
    private readonly discovery: DiscoveryService,
    private readonly scanner: MetadataScanner,
    private readonly reflector: Reflector,
    private readonly orm: MikroORM,
    private readonly nats: NatsConnectionHost,
    @Inject(EVENTS_OPTIONS) private readonly options: EventsOptions,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    this.consumers.push(...this.discover());
    if (this.consumers.length === 0) return;
    const jsm = await this.nats.jetstreamManager();
    await ensureEventsStream(jsm, this.nats.streamReplicas);
    for (const consumer of this.consumers) {
      await consumer.start(jsm, this.nats.jetstream());
      this.logger.log(`Consuming with durable consumer ${consumer.name}`);
    }
    this.measureLag();
  }

  /** How many events each consumer has yet to apply (JetStream's count), read at each scrape of `/metrics`. */
  private measureLag(): void {
    const consumers = this.consumers;
    const nats = this.nats;
    gauge({
      name: 'event_consumer_pending',
      help: 'Events on the stream that a durable consumer of this app has not applied yet, by consumer.',
      labelNames: ['consumer'],
      async collect() {
        const jsm = await nats.jetstreamManager();
        for (const consumer of consumers) {
          const info = await jsm.consumers.info(EVENTS_STREAM, consumer.name);
          this.set({ consumer: consumer.name }, info.num_pending + info.num_ack_pending);
        }
      },
    });
  }

  async onApplicationShutdown(): Promise<void> {
    await Promise.all(this.consumers.map((consumer) => consumer.stop()));
  }

  byName(name: string): EventConsumer | undefined {
    return this.consumers.find((consumer) => consumer.name === name);
  }

  private discover(): EventConsumer[] {
    return this.discovery.getProviders().flatMap((wrapper) => {
      const instance = wrapper.instance as Record<string, unknown> | undefined;
      if (!instance || typeof instance !== 'object' || !wrapper.isDependencyTreeStatic()) return [];
      const prototype = Object.getPrototypeOf(instance);
      return this.scanner.getAllMethodNames(prototype).flatMap((method) => {
        const subject = this.reflector.get<EventSubject | undefined>(HANDLES_EVENT, prototype[method]);
        if (!subject) return [];
        const handler = (instance[method] as EventHandlerFn<EventSubject>).bind(instance);
        return [new EventConsumer(consumerName(this.options.service, subject), subject, handler, this.orm)];
      });
    });
  }
}

/** `identity` + `events.directory.institution.created` → `identity-directory_institution_created`. */
export function consumerName(service: string, subject: EventSubject): string {
  return `${service}-${subject.replace(/^events\./, '').replace(/[.]/g, '_')}`;
}

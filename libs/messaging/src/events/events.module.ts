import { DynamicModule, Module } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { EventConsumers } from './event-consumers';
import { EVENTS_OPTIONS, EventsOptions } from './events-options';
import { OutboxRelay } from './outbox-relay';

/** Durable events for a service: the outbox relay and its `@HandlesEvent` consumers. Needs NatsModule and MikroORM. */
@Module({})
export class EventsModule {
  static forService(options: EventsOptions): DynamicModule {
    return {
      module: EventsModule,
      imports: [DiscoveryModule],
      providers: [{ provide: EVENTS_OPTIONS, useValue: options }, OutboxRelay, EventConsumers],
      exports: [OutboxRelay, EventConsumers],
    };
  }
}

import { DynamicModule, Module } from '@nestjs/common';
import { NatsConnectionHost } from './nats-connection';
import { NATS_OPTIONS, NatsOptions } from './nats-options';

@Module({})
export class NatsModule {
  static forRoot(options: NatsOptions): DynamicModule {
    return {
      module: NatsModule,
      global: true,
      providers: [{ provide: NATS_OPTIONS, useValue: options }, NatsConnectionHost],
      exports: [NatsConnectionHost, NATS_OPTIONS],
    };
  }
}

import { DynamicModule, Module } from '@nestjs/common';
import { MetricsServer } from './metrics-server';

/** `/metrics` for every app, served on its own port from start to shutdown. */
@Module({})
export class MetricsModule {
  static forApp(port: number): DynamicModule {
    return {
      module: MetricsModule,
      providers: [{ provide: MetricsServer, useFactory: () => new MetricsServer(port) }],
    };
  }
}

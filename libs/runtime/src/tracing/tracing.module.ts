import { Module, OnApplicationShutdown } from '@nestjs/common';
import { stopTracing } from './start-tracing';

/** Sends the spans still waiting in the batch when the app stops. */
@Module({})
export class TracingModule implements OnApplicationShutdown {
  async onApplicationShutdown(): Promise<void> {
    await stopTracing();
  }
}

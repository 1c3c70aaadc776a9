import { DynamicModule } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { MicroserviceOptions } from '@nestjs/microservices';
import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { createFastifyAdapter } from '../http/fastify-adapter';
import { Logger } from 'nestjs-pino';
import { natsConnectionOptions, ReplySizeSerializer } from '@careers/rpc';
import type { ServiceConfig } from '../config/app-config';
import { DrainingNatsServer } from './draining-nats-server';

/**
 * Starts a service: its NATS request handlers in a queue group named after it (replicas share the load), and
 * an HTTP port for health (and one for metrics). SIGTERM drains its subscriptions, gives the requests it took
 * SHUTDOWN_GRACE_MS to be answered, then stops it. Replies are encoded once, and a reply
 * too large for one NATS message is answered with an error instead.
 */
export async function startService(
  name: string,
  module: DynamicModule,
  config: ServiceConfig,
): Promise<NestFastifyApplication> {
  const app = await NestFactory.create<NestFastifyApplication>(module, createFastifyAdapter(), {
    bufferLogs: true,
  });
  app.useLogger(app.get(Logger));
  app.enableShutdownHooks();
  app.connectMicroservice<MicroserviceOptions>({
    strategy: new DrainingNatsServer(
      {
        ...natsConnectionOptions(config.nats, name),
        queue: name,
        serializer: new ReplySizeSerializer(),
      },
      config.SHUTDOWN_GRACE_MS,
    ),
  });
  await app.startAllMicroservices();
  await app.listen({ port: config.PORT, host: '0.0.0.0' });
  app
    .get(Logger)
    .log(
      `${name} is listening on NATS (queue ${name}) and on port ${config.PORT} (metrics on ${config.METRICS_PORT})`,
    );
  return app;
}

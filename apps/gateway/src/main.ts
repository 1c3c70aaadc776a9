import 'reflect-metadata';
import { RequestMethod } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { NestFastifyApplication } from '@nestjs/platform-fastify';
import fastifyMultipart from '@fastify/multipart';
import { Logger } from 'nestjs-pino';
import { createFastifyAdapter, loadConfig, runMain } from '@careers/runtime';
import { GatewayConfig } from './gateway.config';
import { GatewayModule } from './gateway.module';
import { refuseDeepJson } from './http/json-depth-limit';
import { ProblemDetailsFilter } from './http/problem-details.filter';
import { httpValidationPipe } from './http/validation.pipe';
import { setUpOpenApi } from './openapi';

runMain(async () => {
  const config = loadConfig(GatewayConfig);
  const app = await NestFactory.create<NestFastifyApplication>(
    GatewayModule.forRoot(config),
    createFastifyAdapter({
      trustProxy: config.trustProxy,
      headersTimeoutMs: config.HTTP_HEADERS_TIMEOUT_MS,
      requestTimeoutMs: config.HTTP_REQUEST_TIMEOUT_MS,
    }),
    { bufferLogs: true },
  );
  app.useLogger(app.get(Logger));
  app.getHttpAdapter().getInstance().addHook('preValidation', refuseDeepJson);
  // Uploads stream part by part; each route sets its own file size limit.
  await app.register(fastifyMultipart, { limits: { files: 1, fields: 10, fieldSize: 1000, parts: 12 } });
  app.setGlobalPrefix('v1', {
    exclude: [
      { path: 'health/live', method: RequestMethod.GET },
      { path: 'health/ready', method: RequestMethod.GET },
    ],
  });
  app.useGlobalPipes(httpValidationPipe());
  app.useGlobalFilters(new ProblemDetailsFilter());
  app.enableShutdownHooks();
  setUpOpenApi(app);
  await app.listen({ port: config.PORT, host: '0.0.0.0' });
  app.get(Logger).log(`gateway is listening on port ${config.PORT} (metrics on ${config.METRICS_PORT})`);
});

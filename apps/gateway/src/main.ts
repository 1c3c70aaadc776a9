import './tracing';
import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { NestFastifyApplication } from '@nestjs/platform-fastify';
import fastifyCors from '@fastify/cors';
import fastifyMultipart from '@fastify/multipart';
import { Logger } from 'nestjs-pino';
import { createFastifyAdapter, loadConfig, runMain } from '@careers/runtime';
import { GatewayConfig } from './gateway.config';
import { GatewayModule } from './gateway.module';
import { corsOptions } from './http/cors';
import { prefixApiRoutes } from './http/api-routes';
import { refuseDeepJson } from './http/json-depth-limit';
import { ProblemDetailsFilter } from './http/problem-details.filter';
import { httpValidationPipe } from './http/validation.pipe';
import { setUpOpenApi } from './openapi/set-up-openapi';
import { serveWebApp } from './http/web-app';
import { writeOpenApiDocument } from './openapi/document-file';
import { acceptScimJson } from './scim/scim-content-type';

runMain(async () => {
  if (process.argv[2] === 'openapi') return writeOpenApiDocument(process.argv[3] ?? 'docs/openapi.json');
  const config = loadConfig(GatewayConfig);
  const app = await NestFactory.create<NestFastifyApplication>(
    GatewayModule.forRoot(config),
    createFastifyAdapter({
      trustProxy: config.trustedProxies,
      headersTimeoutMs: config.HTTP_HEADERS_TIMEOUT_MS,
      requestTimeoutMs: config.HTTP_REQUEST_TIMEOUT_MS,
    }),
    { bufferLogs: true },
  );
  app.useLogger(app.get(Logger));
  app.getHttpAdapter().getInstance().addHook('preValidation', refuseDeepJson);
  if (config.corsOrigins.length > 0) await app.register(fastifyCors, corsOptions(config.corsOrigins));
  // Uploads stream part by part; each route sets its own file size limit.
  await app.register(fastifyMultipart, { limits: { files: 1, fields: 10, fieldSize: 1000, parts: 12 } });
  acceptScimJson(app);
  prefixApiRoutes(app);
  app.useGlobalPipes(httpValidationPipe());
  app.useGlobalFilters(new ProblemDetailsFilter());
  app.enableShutdownHooks();
  setUpOpenApi(app);
  const servesWebApp = await serveWebApp(app, config.webRoot);
  await app.listen({ port: config.PORT, host: '0.0.0.0' });
  const logger = app.get(Logger);
  logger.log(`gateway is listening on port ${config.PORT} (metrics on ${config.METRICS_PORT})`);
  if (servesWebApp) logger.log(`serving the web app from ${config.webRoot}`);
  else logger.warn(`no web app build in ${config.webRoot} (WEB_ROOT): serving the API only`);
});

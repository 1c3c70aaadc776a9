import { NestFactory } from '@nestjs/core';
import { FastifyAdapter, NestFastifyApplication } from '@nestjs/platform-fastify';
import { loadConfig } from '@careers/runtime';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { GatewayConfig } from '../gateway.config';
import { GatewayModule } from '../gateway.module';
import { prefixApiRoutes } from '../http/api-routes';
import { setUpOpenApi } from './set-up-openapi';

/**
 * `main.js openapi <file>`: writes the OpenAPI document that /docs-json serves, without NATS or any other service.
 * The app is built in preview mode (its modules and routes, no provider instantiated), and the document is read
 * from its own /docs-json route, so the file cannot differ from what a running gateway serves. Keys are sorted so
 * the file, and the client generated from it, change only when the API does.
 */
export async function writeOpenApiDocument(file: string): Promise<void> {
  // The document does not depend on the environment: reading none keeps the file the same on every machine.
  const config = loadConfig(GatewayConfig, { NATS_URL: 'nats://127.0.0.1:4222' });
  const app = await NestFactory.create<NestFastifyApplication>(
    GatewayModule.forRoot(config),
    new FastifyAdapter(),
    { preview: true, logger: false },
  );
  prefixApiRoutes(app);
  setUpOpenApi(app);
  const response = await app.getHttpAdapter().getInstance().inject({ method: 'GET', url: '/docs-json' });
  if (response.statusCode !== 200) throw new Error(`/docs-json answered ${response.statusCode}`);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, `${JSON.stringify(sortedKeys(response.json()), null, 2)}\n`);
  await app.close();
}

function sortedKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortedKeys);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.keys(value)
      .sort()
      .map((key) => [key, sortedKeys((value as Record<string, unknown>)[key])]),
  );
}

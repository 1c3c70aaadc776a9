import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { SCIM_BODY_MAX } from './scim-discovery';
import { SCIM_CONTENT_TYPE } from './scim-error';

/**
 * SCIM clients send `application/scim+json` (some plain JSON): read as Fastify reads JSON, and on the SCIM routes
 * within SCIM's own body limit, whichever the content type. Call it before the routes are registered (before `init`).
 */
export function acceptScimJson(app: NestFastifyApplication): void {
  const fastify = app.getHttpAdapter().getInstance();
  fastify.addContentTypeParser(
    SCIM_CONTENT_TYPE,
    { parseAs: 'string' },
    fastify.getDefaultJsonParser('error', 'error'),
  );
  fastify.addHook('onRoute', (route) => {
    if (route.url.startsWith('/scim/v2/')) route.bodyLimit = SCIM_BODY_MAX;
  });
}

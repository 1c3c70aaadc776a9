import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { SCIM_BODY_MAX } from './scim-discovery';
import { SCIM_CONTENT_TYPE } from './scim-error';

/** SCIM clients send `application/scim+json`: JSON, read as Fastify reads JSON, within SCIM's own body limit. */
export function acceptScimJson(app: NestFastifyApplication): void {
  const fastify = app.getHttpAdapter().getInstance();
  fastify.addContentTypeParser(
    SCIM_CONTENT_TYPE,
    { parseAs: 'string', bodyLimit: SCIM_BODY_MAX },
    fastify.getDefaultJsonParser('error', 'error'),
  );
}

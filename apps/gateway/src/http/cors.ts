import type { FastifyCorsOptions } from '@fastify/cors';
import { REQUEST_ID_HEADER } from '@careers/runtime';

/**
 * CORS for browser front ends served from other origins (CORS_ORIGINS). Only exact origins are allowed, and any other
 * gets no CORS header at all (not even the exposed headers), so its browser refuses the answer.
 */
export function corsOptions(allowedOrigins: readonly string[]): FastifyCorsOptions {
  const allowed = new Set(allowedOrigins);
  return {
    origin: (origin, answer) => answer(null, origin !== undefined && allowed.has(origin)),
    methods: ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'],
    allowedHeaders: ['authorization', 'content-type', 'idempotency-key', REQUEST_ID_HEADER],
    // Response headers a script cannot read unless exposed: the request's id (to report a problem), where a 202's
    // work is followed, how long a 429 waits, and a download's file name.
    exposedHeaders: [REQUEST_ID_HEADER, 'location', 'retry-after', 'content-disposition'],
    // Browsers may reuse a preflight for this long; short enough that a changed CORS_ORIGINS soon holds.
    maxAge: 600,
  };
}

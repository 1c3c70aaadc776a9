import { FastifyAdapter } from '@nestjs/platform-fastify';
import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { histogram, LATENCY_BUCKETS } from '@careers/rpc';
import { answerClientError } from './client-error-answer';
import { closeConnectionsOnShutdown } from './connections-closed-on-shutdown';

const requests = histogram({
  name: 'http_request_duration_seconds',
  help: 'HTTP requests by method, route (as declared, not as called) and status.',
  labelNames: ['method', 'route', 'status'],
  buckets: LATENCY_BUCKETS,
});

export const REQUEST_ID_HEADER = 'x-request-id';
/** Node's own limits, kept where an app sets none. */
const NODE_HEADERS_TIMEOUT_MS = 60_000;
const NODE_REQUEST_TIMEOUT_MS = 300_000;
/** How often the server looks for requests that ran out of time: their timeouts hold to within this. */
const TIMEOUT_CHECK_INTERVAL_MS = 1000;
const ACCEPTED_REQUEST_ID = /^[A-Za-z0-9._:-]{1,128}$/;

export interface HttpServerOptions {
  bodyLimitBytes?: number;
  trustProxy?: boolean | number | string | string[];
  /** The time a client has to send a request's headers, and the whole request with its body; then it is answered 408. */
  headersTimeoutMs?: number;
  requestTimeoutMs?: number;
}

/**
 * The HTTP server every app runs on. Each request keeps the caller's `x-request-id` when it is sane, else gets a new
 * one; it is on every log line of the request and on the response. Each is timed by route for `/metrics`. A client
 * that sends its request too slowly is answered 408 (as problem details) and its connection closed (Node's own limits
 * unless told).
 */
export function createFastifyAdapter(options: HttpServerOptions = {}): FastifyAdapter {
  const headersTimeout = options.headersTimeoutMs ?? NODE_HEADERS_TIMEOUT_MS;
  const requestTimeout = options.requestTimeoutMs ?? NODE_REQUEST_TIMEOUT_MS;
  const adapter = new FastifyAdapter({
    bodyLimit: options.bodyLimitBytes ?? 1024 * 1024,
    // Fastify sets the server's request timeout itself, to none unless told.
    requestTimeout,
    http: { headersTimeout, requestTimeout, connectionsCheckingInterval: TIMEOUT_CHECK_INTERVAL_MS },
    // Which proxies' X-Forwarded-For names the client (the rate limits' source): none unless told.
    trustProxy: options.trustProxy ?? false,
    clientErrorHandler: answerClientError,
    genReqId: (req: IncomingMessage) => {
      const given = req.headers[REQUEST_ID_HEADER];
      return typeof given === 'string' && ACCEPTED_REQUEST_ID.test(given) ? given : randomUUID();
    },
  });
  adapter.getInstance().addHook('onRequest', (request, reply, done) => {
    void reply.header(REQUEST_ID_HEADER, request.id);
    done();
  });
  closeConnectionsOnShutdown(adapter.getInstance());
  adapter.getInstance().addHook('onResponse', (request, reply, done) => {
    requests.observe(
      {
        method: request.method,
        route: request.routeOptions.url ?? 'unmatched',
        status: String(reply.statusCode),
      },
      reply.elapsedTime / 1000,
    );
    done();
  });
  return adapter;
}

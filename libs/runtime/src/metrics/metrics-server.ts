import { Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { once } from 'node:events';
import { createServer, IncomingMessage, ServerResponse } from 'node:http';
import { collectDefaultMetrics, register } from 'prom-client';

collectDefaultMetrics();

/**
 * `GET /metrics` in Prometheus's text format: the process (CPU, memory, event loop lag), HTTP requests by route, NATS
 * request handlers by subject, NATS calls that timed out, the outbox's backlog, and what each app adds (import rows).
 * It has no login, so it has a port of its own (METRICS_PORT) for a deployment to keep inside, never the API's.
 */
export class MetricsServer implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(MetricsServer.name);
  private readonly server = createServer((request, response) => void this.answer(request, response));

  constructor(private readonly port: number) {}

  async onApplicationBootstrap(): Promise<void> {
    this.server.listen(this.port, '0.0.0.0');
    await once(this.server, 'listening');
  }

  async onApplicationShutdown(): Promise<void> {
    const closed = once(this.server, 'close');
    this.server.close();
    // A scrape still waiting on the database must not hold the shutdown up.
    this.server.closeAllConnections();
    await closed;
  }

  private async answer(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const path = new URL(request.url ?? '/', 'http://metrics').pathname;
    if (request.method !== 'GET' || path !== '/metrics') {
      response.writeHead(404, { 'content-type': 'text/plain' }).end('Only GET /metrics is served here\n');
      return;
    }
    try {
      const text = await register.metrics();
      response.writeHead(200, { 'content-type': register.contentType }).end(text);
    } catch (error) {
      // A gauge read at scrape time (the outbox's backlog) fails while its database is away.
      this.logger.warn({ err: error }, 'A metric could not be read');
      response.writeHead(500, { 'content-type': 'text/plain' }).end('A metric could not be read\n');
    }
  }
}

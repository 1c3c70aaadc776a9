import { Controller, Get, Header } from '@nestjs/common';
import { collectDefaultMetrics, register } from 'prom-client';
import { Public } from '../http/public.decorator';

collectDefaultMetrics();

/**
 * `/metrics` in Prometheus's text format: the process (CPU, memory, event loop lag), HTTP requests by route, NATS
 * request handlers by subject, NATS calls that timed out, the outbox's backlog, and what each app adds (import rows).
 * Scrape it from inside the deployment: like `/health`, it is not behind a login.
 */
@Public()
@Controller('metrics')
export class MetricsController {
  @Get()
  @Header('content-type', register.contentType)
  metrics(): Promise<string> {
    return register.metrics();
  }
}

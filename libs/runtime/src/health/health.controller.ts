import { Controller, Get, Inject } from '@nestjs/common';
import { HealthCheck, HealthCheckService, HealthIndicatorFunction } from '@nestjs/terminus';
import { ApiOkResponse, ApiOperation } from '@nestjs/swagger';
import { Public } from '../http/public.decorator';
import { HEALTH_CHECKS } from './health-checks';

@Public()
@Controller('health')
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    @Inject(HEALTH_CHECKS) private readonly checks: HealthIndicatorFunction[],
  ) {}

  /** The process is up and serving. */
  @Get('live')
  @ApiOperation({ operationId: 'checkLiveness', summary: 'Check that the process is up' })
  @ApiOkResponse({
    schema: {
      type: 'object',
      required: ['status'],
      properties: { status: { type: 'string', enum: ['ok'] } },
    },
  })
  live(): { status: 'ok' } {
    return { status: 'ok' };
  }

  /** The app can do its work: its database (if it has one) and NATS answer. */
  @Get('ready')
  @ApiOperation({ operationId: 'checkReadiness', summary: 'Check that the app can do its work' })
  @HealthCheck()
  ready() {
    return this.health.check(this.checks);
  }
}

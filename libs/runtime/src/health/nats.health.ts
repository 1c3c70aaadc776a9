import { Injectable } from '@nestjs/common';
import { HealthIndicatorResult, HealthIndicatorService } from '@nestjs/terminus';
import { NatsConnectionHost } from '@careers/rpc';

@Injectable()
export class NatsHealthIndicator {
  constructor(
    private readonly indicators: HealthIndicatorService,
    private readonly nats: NatsConnectionHost,
  ) {}

  check(key: string): HealthIndicatorResult {
    const indicator = this.indicators.check(key);
    return this.nats.isConnected() ? indicator.up() : indicator.down({ message: 'not connected' });
  }
}

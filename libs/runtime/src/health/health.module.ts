import { DynamicModule, Module } from '@nestjs/common';
import { HealthIndicatorFunction, MikroOrmHealthIndicator, TerminusModule } from '@nestjs/terminus';
import { HealthController } from './health.controller';
import { HEALTH_CHECKS } from './health-checks';
import { NatsHealthIndicator } from './nats.health';

/** `/health/live` and `/health/ready` for every app. */
@Module({})
export class HealthModule {
  static forApp(options: { database: boolean }): DynamicModule {
    return {
      module: HealthModule,
      imports: [TerminusModule.forRoot({ logger: false })],
      controllers: [HealthController],
      providers: [
        NatsHealthIndicator,
        ...(options.database ? [MikroOrmHealthIndicator] : []),
        {
          provide: HEALTH_CHECKS,
          inject: options.database ? [NatsHealthIndicator, MikroOrmHealthIndicator] : [NatsHealthIndicator],
          useFactory: (
            nats: NatsHealthIndicator,
            database?: MikroOrmHealthIndicator,
          ): HealthIndicatorFunction[] => [
            ...(database ? [() => database.pingCheck('database', { timeout: 1000 })] : []),
            () => nats.check('nats'),
          ],
        },
      ],
    };
  }
}

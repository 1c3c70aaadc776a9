import { DynamicModule, Module } from '@nestjs/common';
import { Pruner } from './pruner';
import { RETENTION_OPTIONS, RetentionOptions } from './retention-options';

/** Prunes the service's rows whose period is over, by the rules the service lists. Needs MikroORM. */
@Module({})
export class RetentionModule {
  static forService(options: RetentionOptions): DynamicModule {
    return {
      module: RetentionModule,
      providers: [{ provide: RETENTION_OPTIONS, useValue: options }, Pruner],
      exports: [Pruner],
    };
  }
}

import { MikroORM } from '@mikro-orm/postgresql';
import { MikroOrmModule } from '@mikro-orm/nestjs';
import { DynamicModule, Inject, Logger, Module, OnModuleInit } from '@nestjs/common';
import { ormOptions, ServiceStorage } from './orm-options';
import { runMigrations } from './run-migrations';

const MIGRATE_ON_START = Symbol('MIGRATE_ON_START');

export interface PersistenceOptions extends ServiceStorage {
  /** Run pending migrations when the app starts (development); deployments run `main.js migrate` instead. */
  migrateOnStart: boolean;
}

@Module({})
export class PersistenceModule implements OnModuleInit {
  private readonly logger = new Logger(PersistenceModule.name);

  constructor(
    private readonly orm: MikroORM,
    @Inject(MIGRATE_ON_START) private readonly migrateOnStart: boolean,
  ) {}

  static forService(options: PersistenceOptions): DynamicModule {
    return {
      module: PersistenceModule,
      imports: [MikroOrmModule.forRoot({ ...ormOptions(options), registerRequestContext: false })],
      providers: [{ provide: MIGRATE_ON_START, useValue: options.migrateOnStart }],
    };
  }

  async onModuleInit(): Promise<void> {
    if (!this.migrateOnStart) return;
    const applied = await runMigrations(this.orm);
    if (applied.length > 0) this.logger.log(`Applied migrations: ${applied.join(', ')}`);
  }
}

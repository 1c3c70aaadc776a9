import { DynamicModule, Module, Provider, Type } from '@nestjs/common';
import {
  EVENT_ENTITIES,
  EventsModule,
  handledEventsPruneRule,
  NatsModule,
  RpcClientModule,
} from '@careers/messaging';
import { PersistenceModule, PruneRule, RetentionModule, ServiceStorage } from '@careers/persistence';
import { type ServiceConfig, HealthModule, LoggingModule, MetricsModule } from '@careers/runtime';
import { TracingModule } from '@careers/runtime/tracing';

export interface ServiceDefinition<C extends ServiceConfig> {
  /** The service's name: its NATS queue group, its schema, its consumers' prefix. */
  name: string;
  config: ClassType<C>;
  /** Its own entities (the outbox and inbox are added) and migrations. */
  storage: (config: C) => Pick<ServiceStorage, 'entities' | 'migrations'>;
  /** What it prunes once its period is over, besides its handled inbox entries (every service prunes those). */
  retention?: (config: C) => PruneRule[];
  /** Its feature modules and root providers. */
  features: (config: C) => { imports: Array<Type | DynamicModule>; providers?: Provider[] };
}

type ClassType<T> = new () => T;

export function serviceStorage<C extends ServiceConfig>(
  definition: ServiceDefinition<C>,
  config: C,
): ServiceStorage {
  const own = definition.storage(config);
  return {
    schema: definition.name,
    databaseUrl: config.DATABASE_URL,
    entities: [...own.entities, ...EVENT_ENTITIES],
    migrations: own.migrations,
  };
}

/** What every service is made of: logs, NATS (to answer and to ask), its own schema, durable events, pruning, health, metrics, traces; then its features. */
@Module({})
export class ServiceModule {
  static forRoot<C extends ServiceConfig>(definition: ServiceDefinition<C>, config: C): DynamicModule {
    const features = definition.features(config);
    return {
      module: ServiceModule,
      imports: [
        LoggingModule.forApp(definition.name, config.LOG_LEVEL),
        NatsModule.forRoot({ settings: config.nats, name: definition.name }),
        RpcClientModule.register({ nats: config.nats, timeoutMs: config.REQUEST_TIMEOUT_MS }),
        PersistenceModule.forService({
          ...serviceStorage(definition, config),
          migrateOnStart: config.migrateOnStart,
        }),
        EventsModule.forService({ service: definition.name }),
        RetentionModule.forService({
          intervalMs: config.RETENTION_INTERVAL_MS,
          rules: [
            handledEventsPruneRule(config.HANDLED_EVENTS_RETENTION_DAYS),
            ...(definition.retention?.(config) ?? []),
          ],
        }),
        HealthModule.forApp({ database: true }),
        MetricsModule.forApp(config.METRICS_PORT),
        TracingModule,
        ...features.imports,
      ],
      providers: features.providers ?? [],
    };
  }
}

import { Logger } from '@nestjs/common';
import type { EntityClass, MigrationObject } from '@mikro-orm/core';
import { defineConfig, Options, PostgreSqlDriver } from '@mikro-orm/postgresql';
import { Migrator } from '@mikro-orm/migrations';

export interface ServiceStorage {
  /** The service's own PostgreSQL schema; no other service reads or writes it. */
  schema: string;
  databaseUrl: string;
  /** Listed explicitly: globs do not survive the webpack build. */
  entities: EntityClass<unknown>[];
  /** In order; each `{ name, class }`. */
  migrations: MigrationObject[];
  poolMax?: number;
  /** PostgreSQL settings for the service's own sessions (`-c name=value` at connect), whatever the server's. */
  sessionSettings?: Record<string, string>;
}

function connectOptions(settings: Record<string, string> | undefined): Options['driverOptions'] {
  const entries = Object.entries(settings ?? {});
  if (entries.length === 0) return {};
  return { connection: { options: entries.map(([name, value]) => `-c ${name}=${value}`).join(' ') } };
}

/** MikroORM options for one service's schema. */
export function ormOptions(storage: ServiceStorage): Options {
  return defineConfig({
    driver: PostgreSqlDriver,
    clientUrl: storage.databaseUrl,
    schema: storage.schema,
    entities: storage.entities,
    extensions: [Migrator],
    migrations: {
      tableName: 'mikro_orm_migrations',
      migrationsList: storage.migrations,
      transactional: true,
      allOrNothing: true,
      snapshot: false,
    },
    pool: { min: 0, max: storage.poolMax ?? 10 },
    driverOptions: connectOptions(storage.sessionSettings),
    forceUtcTimezone: true,
    // The ORM connects at start, so readiness reflects the database from the first probe.
    connect: true,
    discovery: { warnWhenNoEntities: false },
    debug: false,
    colors: false,
    logger: (message: string) => Logger.log(message, 'MikroORM'),
  });
}

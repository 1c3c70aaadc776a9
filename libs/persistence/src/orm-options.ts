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
    // The service's name on its sessions (`pg_stat_activity.application_name`).
    driverOptions: { connection: { application_name: storage.schema } },
    forceUtcTimezone: true,
    // The ORM connects at start, so readiness reflects the database from the first probe.
    connect: true,
    discovery: { warnWhenNoEntities: false },
    debug: false,
    colors: false,
    logger: (message: string) => Logger.log(message, 'MikroORM'),
  });
}

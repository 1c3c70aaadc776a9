import { MikroORM } from '@mikro-orm/postgresql';
import { ormOptions, ServiceStorage } from './orm-options';
import { runMigrations } from './run-migrations';

/** `node main.js migrate`: brings the schema up to date and exits, for deployments that migrate before rollout. */
export async function migrateCommand(storage: ServiceStorage): Promise<void> {
  const orm = await MikroORM.init(ormOptions(storage));
  try {
    const applied = await runMigrations(orm);
    console.log(
      applied.length > 0 ? `Applied: ${applied.join(', ')}` : `Schema ${storage.schema} is up to date`,
    );
  } finally {
    await orm.close();
  }
}

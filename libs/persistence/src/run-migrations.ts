import type { MikroORM } from '@mikro-orm/postgresql';

/**
 * Brings the service's schema up to date. Replicas starting together take turns on an advisory lock named after the
 * schema, held by the transaction the migrations run in. The schema and the migrator's own table are made outside
 * that transaction (the migrator makes its table on a connection of its own) but under the lock, so two replicas
 * never make them at once.
 */
export async function runMigrations(orm: MikroORM): Promise<string[]> {
  const schema = orm.config.get('schema') ?? 'public';
  return orm.em.fork().transactional(async (tx) => {
    await tx.execute('select pg_advisory_xact_lock(hashtext(?))', [`migrations:${schema}`]);
    await orm.em.getConnection().execute(`create schema if not exists "${schema}"`);
    const done = await orm.getMigrator().up({ transaction: tx.getTransactionContext() });
    return done.map((migration) => migration.name);
  });
}

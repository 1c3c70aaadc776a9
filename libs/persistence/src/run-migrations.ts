import type { MikroORM } from '@mikro-orm/postgresql';

/**
 * Brings the service's schema up to date. Replicas starting together take turns: the migrations run inside a
 * transaction that holds an advisory lock named after the schema.
 */
export async function runMigrations(orm: MikroORM): Promise<string[]> {
  const schema = orm.config.get('schema') ?? 'public';
  const em = orm.em.fork();
  await em.execute(`create schema if not exists "${schema}"`);
  return em.transactional(async (tx) => {
    await tx.execute('select pg_advisory_xact_lock(hashtext(?))', [`migrations:${schema}`]);
    const done = await orm.getMigrator().up({ transaction: tx.getTransactionContext() });
    return done.map((migration) => migration.name);
  });
}

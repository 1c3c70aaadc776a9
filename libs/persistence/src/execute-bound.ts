import type { EntityManager, Knex } from '@mikro-orm/postgresql';

/**
 * Runs SQL with its parameters bound by the driver, in the entity manager's transaction when it has one.
 * `em.execute` writes each parameter into the SQL text first (escaping it character by character), which costs
 * seconds for the large JSON batches of set-based writes; this sends them as they are.
 */
export async function executeBound<T = Record<string, unknown>>(
  em: EntityManager,
  sql: string,
  params: unknown[],
): Promise<T[]> {
  const query = em.getKnex().raw(sql, params as Knex.RawBinding[]);
  const transaction = em.getTransactionContext<Knex.Transaction>();
  if (transaction) query.transacting(transaction);
  const result = (await query) as { rows: T[] };
  return result.rows;
}

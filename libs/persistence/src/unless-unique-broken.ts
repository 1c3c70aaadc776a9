import type { EntityManager } from '@mikro-orm/postgresql';
import { executeBound } from './execute-bound';
import { isUniqueViolation } from './unique-violation';

/**
 * Runs `plainly` in a savepoint of the entity manager's transaction and, when it breaks a unique constraint, undoes
 * it and runs `carefully` instead. For set-based inserts that almost never conflict: an `on conflict` clause costs
 * every row a speculative insertion (an index probe and a second record in the write-ahead log), paid here only by
 * the rare batch that needs it.
 */
export async function unlessUniqueBroken<T>(
  em: EntityManager,
  plainly: () => Promise<T>,
  carefully: () => Promise<T>,
): Promise<T> {
  await executeBound(em, 'savepoint unless_unique_broken', []);
  try {
    const result = await plainly();
    await executeBound(em, 'release savepoint unless_unique_broken', []);
    return result;
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    await executeBound(em, 'rollback to savepoint unless_unique_broken', []);
    return carefully();
  }
}

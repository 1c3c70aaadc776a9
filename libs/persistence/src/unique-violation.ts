import { UniqueConstraintViolationException } from '@mikro-orm/core';

/** PostgreSQL's `unique_violation`. */
const UNIQUE_VIOLATION = '23505';

/** Whether the error is a unique index refusing a row: MikroORM's exception, or the driver's error under it. */
export function isUniqueViolation(error: unknown): boolean {
  return (
    error instanceof UniqueConstraintViolationException ||
    (error as { code?: unknown } | null)?.code === UNIQUE_VIOLATION
  );
}

/**
 * Runs a write that a unique index guards, for a use case that checks first and refuses a duplicate with its own 409.
 * Two requests passing the check at the same moment both write, and the index refuses the later: `recheck` then
 * answers as the check would have a moment later (it looks again outside the failed transaction, with a fork, and
 * throws the domain's conflict or returns what a repeat gets). When it finds nothing, the violation goes on as it was.
 */
export async function onUniqueViolation<T>(
  write: () => Promise<T>,
  recheck: () => Promise<NoInfer<T> | undefined | void>,
): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    const answer = await recheck();
    if (answer === undefined) throw error;
    return answer;
  }
}

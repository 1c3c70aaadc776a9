/**
 * Error codes that mean the database cannot be reached or is shutting down, not that the request is wrong: the
 * socket's (refused, reset, timed out, unknown host) and PostgreSQL's class 08 (connection exception) and 57P0x
 * (operator intervention: shutdown, crash shutdown, cannot connect now).
 */
const UNREACHABLE_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'ENOTFOUND',
  'EAI_AGAIN',
  '57P01',
  '57P02',
  '57P03',
]);

/** Whether the error (MikroORM's DriverException carries the driver's code) is the database being out of reach. */
export function isStorageUnavailable(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const { code, message } = error as { code?: unknown; message?: unknown };
  if (typeof code === 'string' && (UNREACHABLE_CODES.has(code) || code.startsWith('08'))) return true;
  // node-postgres ends a connection the server dropped with these, without a code.
  return (
    typeof message === 'string' &&
    /Connection terminated|connection terminated unexpectedly|Client has encountered a connection error/.test(
      message,
    )
  );
}

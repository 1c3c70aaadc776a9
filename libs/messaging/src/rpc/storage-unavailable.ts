import { DriverException } from '@mikro-orm/core';

/**
 * Codes of a database driver error (MikroORM's DriverException carries the driver's) that mean the database cannot
 * be reached or is shutting down, not that the request is wrong: the socket's (refused, reset, timed out) and
 * PostgreSQL's class 08 (connection exception) and 57P0x (shutdown, crash shutdown, cannot connect now).
 */
const UNREACHABLE_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'ENOTFOUND',
  '57P01',
  '57P02',
  '57P03',
]);

/** node-postgres ends a connection the server dropped with these, without a code. */
const DROPPED_CONNECTION =
  /Connection terminated|connection terminated unexpectedly|Client has encountered a connection error/;

/**
 * Whether the error is the database being out of reach: a driver error with one of those codes or messages, no
 * pooled connection to be had in time (knex's acquire timeout, which nothing wraps), or a connection refused as a
 * transaction begins (knex opens it before MikroORM wraps anything, so node's own error arrives, its `syscall`
 * `connect`).
 */
export function isStorageUnavailable(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  if (error.name === 'KnexTimeoutError') return true;
  const { code, syscall } = error as { code?: unknown; syscall?: unknown };
  const unreachable = typeof code === 'string' && (UNREACHABLE_CODES.has(code) || code.startsWith('08'));
  if (error instanceof DriverException) return unreachable || DROPPED_CONNECTION.test(error.message);
  return unreachable && syscall === 'connect';
}

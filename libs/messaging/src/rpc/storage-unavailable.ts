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
 * Whether the error is the database being out of reach: a driver error with one of those codes or messages, or no
 * pooled connection to be had in time (knex's acquire timeout, which nothing wraps).
 */
export function isStorageUnavailable(error: unknown): boolean {
  if (error instanceof Error && error.name === 'KnexTimeoutError') return true;
  if (!(error instanceof DriverException)) return false;
  const { code, message } = error;
  if (code !== undefined && (UNREACHABLE_CODES.has(code) || code.startsWith('08'))) return true;
  return DROPPED_CONNECTION.test(message);
}

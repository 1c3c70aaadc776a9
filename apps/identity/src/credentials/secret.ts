import { randomInt } from 'node:crypto';

/** A six-digit code for people to type; only ever used with an attempt limit and a short lifetime. */
export function newCode(): string {
  return randomInt(0, 1_000_000).toString().padStart(6, '0');
}

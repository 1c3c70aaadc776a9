import { createHash, randomBytes, randomInt } from 'node:crypto';

/** A secret for a link: 256 bits from the operating system's secure random source, URL-safe. */
export function newLinkToken(): string {
  return randomBytes(32).toString('base64url');
}

/** A six-digit code for people to type; only ever used with an attempt limit and a short lifetime. */
export function newCode(): string {
  return randomInt(0, 1_000_000).toString().padStart(6, '0');
}

/** Secrets are stored only as this digest, so a copy of the database gives no working link or code. */
export function secretDigest(secret: string, context = ''): string {
  return createHash('sha256').update(`${context}:${secret}`).digest('hex');
}

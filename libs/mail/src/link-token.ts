import { createHash, randomBytes } from 'node:crypto';

/** A secret for a mailed link: 256 bits from the operating system's secure random source, URL-safe. */
export function newLinkToken(): string {
  return randomBytes(32).toString('base64url');
}

/** Secrets are stored only as this digest, so a copy of the database gives no working link or code. */
export function secretDigest(secret: string, context = ''): string {
  return createHash('sha256').update(`${context}:${secret}`).digest('hex');
}

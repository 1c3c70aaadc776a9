import { InvalidRequestException } from './request-errors';

/** The `Idempotency-Key` header of a call that starts background work, checked: 1 to 200 visible ASCII characters. */
export function idempotencyKeyOf(header: string | undefined): { idempotencyKey?: string } {
  if (header === undefined) return {};
  if (!/^[\x21-\x7e]{1,200}$/.test(header)) {
    throw new InvalidRequestException([
      { field: 'Idempotency-Key', message: 'Idempotency-Key must be 1 to 200 visible ASCII characters' },
    ]);
  }
  return { idempotencyKey: header };
}

import { InvalidInputError } from '@careers/messaging';

/** Where a page of a file's rows ends, as the lists of the directory mark it: opaque to the client. */
export function encodeRowCursor(afterRow: number): string {
  return Buffer.from(JSON.stringify({ afterRow })).toString('base64url');
}

/** The row a cursor of this list marks; anything else is a 400 naming the cursor. */
export function decodeRowCursor(cursor: string): number {
  let afterRow: unknown;
  try {
    afterRow = (JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as { afterRow?: unknown })
      ?.afterRow;
  } catch {
    afterRow = undefined;
  }
  if (typeof afterRow !== 'number' || !Number.isSafeInteger(afterRow) || afterRow < 0) {
    throw new InvalidInputError([{ field: 'cursor', message: 'cursor is not a cursor this list gave' }]);
  }
  return afterRow;
}

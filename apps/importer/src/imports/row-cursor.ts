import { decodePageCursor, encodePageCursor } from '@careers/messaging';

interface RowCursor {
  afterRow: number;
}

/** Where a page of a file's rows ends, as the lists of the directory mark it: opaque to the client. */
export function encodeRowCursor(afterRow: number): string {
  return encodePageCursor({ afterRow });
}

/** The row a cursor of this list marks; anything else is a 400 naming the cursor. */
export function decodeRowCursor(cursor: string): number {
  return decodePageCursor(cursor, isRowCursor).afterRow;
}

function isRowCursor(body: unknown): body is RowCursor {
  const afterRow = (body as Partial<RowCursor> | null)?.afterRow;
  return typeof afterRow === 'number' && Number.isSafeInteger(afterRow) && afterRow >= 0;
}

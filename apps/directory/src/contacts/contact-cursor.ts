import { decodePageCursor, encodePageCursor } from '@careers/messaging';
import { InvalidCursor } from './contact-errors';

/** Where a page of a list in a stable order ends: the directory's lists (contacts, notes, labels) share the shape. */
interface CursorBody<Sort extends string> {
  sort: Sort;
  /** The last item of the page: the next page starts after it in the sort's order. */
  after: string;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const isCursorBody = (body: unknown): body is CursorBody<string> => {
  const { sort, after } = (body ?? {}) as Partial<CursorBody<string>>;
  return typeof sort === 'string' && typeof after === 'string' && UUID.test(after);
};

export function encodeCursor<Sort extends string>(body: CursorBody<Sort>): string {
  return encodePageCursor(body);
}

/** A cursor from this list, for the same sort; anything else is a 400 naming the cursor. */
export function decodeCursor<Sort extends string>(cursor: string, sort: Sort): CursorBody<Sort> {
  const body = decodePageCursor(cursor, isCursorBody);
  if (body.sort !== sort) throw new InvalidCursor(`cursor belongs to the sort ${body.sort}, not ${sort}`);
  return { sort, after: body.after };
}

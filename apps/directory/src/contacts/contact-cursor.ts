import { InvalidCursor } from './contact-errors';

/** Where a page of a list in a stable order ends: the directory's lists (contacts, notes, labels) share the shape. */
interface CursorBody<Sort extends string> {
  sort: Sort;
  /** The last item of the page: the next page starts after it in the sort's order. */
  after: string;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function encodeCursor<Sort extends string>(body: CursorBody<Sort>): string {
  return Buffer.from(JSON.stringify(body)).toString('base64url');
}

/** A cursor from this list, for the same sort; anything else is a 400 naming the cursor. */
export function decodeCursor<Sort extends string>(cursor: string, sort: Sort): CursorBody<Sort> {
  let body: Partial<CursorBody<Sort>>;
  try {
    body = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as Partial<CursorBody<Sort>>;
  } catch {
    throw new InvalidCursor('cursor is not a cursor this list gave');
  }
  if (typeof body?.after !== 'string' || !UUID.test(body.after) || typeof body.sort !== 'string') {
    throw new InvalidCursor('cursor is not a cursor this list gave');
  }
  if (body.sort !== sort) throw new InvalidCursor(`cursor belongs to the sort ${body.sort}, not ${sort}`);
  return { sort, after: body.after };
}

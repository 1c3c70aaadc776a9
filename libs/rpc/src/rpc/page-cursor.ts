import { InvalidInputError } from './domain-errors';

/** Where a page of a list ends, opaque to the client: the JSON of what the next page starts after. */
export function encodePageCursor(body: object): string {
  return Buffer.from(JSON.stringify(body)).toString('base64url');
}

/**
 * What a cursor of this list marks, if `isBody` recognises it; anything else, including a cursor of another list,
 * is a 400 naming the cursor.
 */
export function decodePageCursor<Body>(cursor: string, isBody: (body: unknown) => body is Body): Body {
  let body: unknown;
  try {
    body = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    body = undefined;
  }
  if (!isBody(body)) {
    throw new InvalidInputError([{ field: 'cursor', message: 'cursor is not a cursor this list gave' }]);
  }
  return body;
}

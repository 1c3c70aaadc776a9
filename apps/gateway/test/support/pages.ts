import type { TestSystem } from '@careers/testing';

/** A page of any list of the API. */
export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

/** `path` with `limit` and `cursor` added to whatever query it has. */
function pagePath(path: string, limit: number | undefined, cursor: string | null): string {
  const [base, search = ''] = path.split('?');
  const query = new URLSearchParams(search);
  if (limit) query.set('limit', String(limit));
  if (cursor) query.set('cursor', cursor);
  return `${base}?${query}`;
}

/** Follows `nextCursor` from the first page to the last; each page must be a 200 of at most `limit` items. */
export async function everyPage<T>(
  system: TestSystem,
  path: string,
  token: string,
  limit?: number,
): Promise<T[][]> {
  const pages: T[][] = [];
  let cursor: string | null = null;
  do {
    const response: { status: number; body: Page<T> } = await system.api.get<Page<T>>(
      pagePath(path, limit, cursor),
      token,
    );
    if (response.status !== 200) {
      throw new Error(`${path} answered ${response.status}: ${JSON.stringify(response.body)}`);
    }
    expect(response.body.items.length).toBeLessThanOrEqual(limit ?? 25);
    pages.push(response.body.items);
    cursor = response.body.nextCursor;
  } while (cursor);
  return pages;
}

/** A cursor of this body, crafted as a client could: cursors are base64url JSON, unsigned. */
export function craftedCursor(body: object): string {
  return Buffer.from(JSON.stringify(body)).toString('base64url');
}

/** What a cursor carries, as a client could read it. */
export function cursorBody(cursor: string): unknown {
  return JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
}

/** A cursor no list gives (well-formed JSON, but of no list's shape). */
export const FOREIGN_CURSOR = craftedCursor({ afterRow: 3 });

/** A list answers a cursor it did not give, and a limit outside 1 to 100, with a 400 naming the parameter. */
export async function expectPagingChecked(system: TestSystem, path: string, token: string): Promise<void> {
  const asked = [
    [pagePath(path, undefined, 'not-a-cursor'), 'cursor'],
    [pagePath(path, undefined, FOREIGN_CURSOR), 'cursor'],
    [`${pagePath(path, undefined, null)}&limit=0`, 'limit'],
    [`${pagePath(path, undefined, null)}&limit=101`, 'limit'],
  ] as const;
  for (const [asking, field] of asked) {
    const response = await system.api.get<{ errors: Array<{ field: string }> }>(asking, token);
    expect({ asking, status: response.status }).toEqual({ asking, status: 400 });
    expect(response.body.errors).toEqual([expect.objectContaining({ field })]);
  }
}

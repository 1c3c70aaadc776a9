/** A page of a list as the API answers it: its items, and the cursor of the page after it (null after the last). */
export interface CursorPage<T> {
  items: T[];
  nextCursor?: string | null;
}

/** Reads the page that starts at the cursor (the first page without one). */
export type PageReader<P> = (cursor: string | undefined) => Promise<P>;

/** Every item of a list, following its pages until the last: for lists short enough to be held whole. */
export async function allPages<T>(read: PageReader<CursorPage<T>>): Promise<T[]> {
  const items: T[] = [];
  let cursor: string | undefined;
  do {
    const page = await read(cursor);
    items.push(...page.items);
    cursor = page.nextCursor ?? undefined;
  } while (cursor);
  return items;
}

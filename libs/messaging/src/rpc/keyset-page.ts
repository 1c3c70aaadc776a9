import type { EntityManager, EntityName, FilterQuery, FindOptions } from '@mikro-orm/core';
import { decodePageCursor, encodePageCursor } from './page-cursor';
import { withinPageBudget } from './reply-budget';

/** How many items a page has unless the client asks for another `limit` (1 to 100). */
export const DEFAULT_PAGE_LIMIT = 25;

/** What a sort key holds, so that a cursor's value is checked before it reaches SQL. */
export type SortKeyKind = 'text' | 'uuid' | 'integer' | 'timestamp';

/** One key of a list's order: a property, or a path through a relation such as `user.name`. */
export interface SortKey {
  path: string;
  direction: 'asc' | 'desc';
  kind: SortKeyKind;
}

/** Newest first, then by id: the order of lists of things made over time (imports, invites, requests). */
export const NEWEST_FIRST: readonly SortKey[] = [
  { path: 'createdAt', direction: 'desc', kind: 'timestamp' },
  { path: 'id', direction: 'desc', kind: 'uuid' },
];

/** A page asked for: after the cursor's item, `limit` items at most. */
export interface KeysetPageQuery {
  cursor?: string;
  limit?: number;
}

export interface KeysetPage<Item> {
  items: Item[];
  /** Pass as `cursor` for the items after this page; `null` on the last page. */
  nextCursor: string | null;
}

export interface KeysetList<Entity extends object, Item> {
  entity: EntityName<Entity>;
  where: FilterQuery<Entity>;
  /** The list's order; its last key is unique within the list, so that the order is total and a walk stable. */
  order: readonly SortKey[];
  /** The replies of a page's rows, in their order. */
  toItems: (rows: Entity[]) => Item[] | Promise<Item[]>;
  /** Relations the order or the replies read, such as `user` for `user.name`. */
  populate?: readonly string[];
  /** Bytes of the reply besides its items (counts, summaries), which the page budget leaves room for. */
  spentBytes?: number;
}

/** The values of the sort keys of the last item of a page: the next page starts after them. */
interface KeysetCursor {
  after: Array<string | number>;
}

/**
 * A page of a list in its order, after the cursor's item, by keyset: `(k1, …, kn) > (v1, …, vn)` in the order's
 * directions, which an index on the keys answers without reading the pages before. The cursor carries the values
 * themselves, so that an item removed meanwhile breaks no walk. A page stops early when the next item would take the
 * reply past the page budget; `nextCursor` then goes on from the last item given.
 */
export async function keysetPage<Entity extends object, Item>(
  em: EntityManager,
  list: KeysetList<Entity, Item>,
  query: KeysetPageQuery,
): Promise<KeysetPage<Item>> {
  const limit = query.limit ?? DEFAULT_PAGE_LIMIT;
  const where = query.cursor
    ? ({
        $and: [list.where, afterWhere(list.order, decodeKeysetCursor(query.cursor, list.order))],
      } as FilterQuery<Entity>)
    : list.where;
  const rows = await em.find(list.entity, where, {
    populate: list.populate,
    orderBy: list.order.map((key) => nested(key.path, key.direction)),
    // One row more than the page, to tell whether items follow it.
    limit: limit + 1,
  } as FindOptions<Entity>);
  const items = withinPageBudget(await list.toItems(rows.slice(0, limit)), list.spentBytes);
  const last = rows[items.length - 1];
  return {
    items,
    nextCursor:
      rows.length > items.length && last
        ? encodePageCursor({ after: list.order.map((key) => cursorValue(valueAt(last, key.path))) })
        : null,
  };
}

/**
 * `(k1, …, kn)` after `(v1, …, vn)`: k1 past v1, or equal and k2 past v2, and so on; with `k1` at or past `v1` beside
 * it, so that the index on the leading key bounds the scan.
 */
function afterWhere(order: readonly SortKey[], values: unknown[]): object {
  const past = (key: SortKey, value: unknown) =>
    nested(key.path, { [key.direction === 'asc' ? '$gt' : '$lt']: value });
  const alternatives = order.map((key, index) => ({
    $and: [
      ...order.slice(0, index).map((equal, at) => nested(equal.path, values[at])),
      past(key, values[index]),
    ],
  }));
  const [first] = order;
  return {
    $and: [
      nested(first.path, { [first.direction === 'asc' ? '$gte' : '$lte']: values[0] }),
      { $or: alternatives },
    ],
  };
}

/** `{ user: { name: value } }` for `user.name`. */
function nested(path: string, value: unknown): Record<string, unknown> {
  return path.split('.').reduceRight<unknown>((inner, segment) => ({ [segment]: inner }), value) as Record<
    string,
    unknown
  >;
}

function valueAt(row: object, path: string): unknown {
  return path
    .split('.')
    .reduce<unknown>((value, segment) => (value as Record<string, unknown>)?.[segment], row);
}

function cursorValue(value: unknown): string | number {
  return value instanceof Date ? value.toISOString() : (value as string | number);
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const ISO_TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,6})?Z$/;

/** The sort-key values a cursor of this list carries, as the query compares them; anything else is a 400. */
function decodeKeysetCursor(cursor: string, order: readonly SortKey[]): unknown[] {
  const isCursor = (body: unknown): body is KeysetCursor => {
    const after = (body as Partial<KeysetCursor> | null)?.after;
    return (
      Array.isArray(after) &&
      after.length === order.length &&
      order.every((key, index) => fitsKind(after[index], key.kind))
    );
  };
  const { after } = decodePageCursor(cursor, isCursor);
  return order.map((key, index) => (key.kind === 'timestamp' ? new Date(after[index]) : after[index]));
}

function fitsKind(value: unknown, kind: SortKeyKind): boolean {
  switch (kind) {
    case 'integer':
      return typeof value === 'number' && Number.isSafeInteger(value);
    case 'uuid':
      return typeof value === 'string' && UUID.test(value);
    case 'timestamp':
      return typeof value === 'string' && ISO_TIMESTAMP.test(value) && !Number.isNaN(Date.parse(value));
    case 'text':
      // PostgreSQL text holds no NUL: such a value would fail in SQL rather than as a bad cursor.
      return typeof value === 'string' && !value.includes('\u0000');
  }
}

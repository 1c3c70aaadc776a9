import type { EntityName, FilterQuery, FindOneOptions, FindOptions } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { InvalidInputError, decodePageCursor, encodePageCursor, withinPageBudget } from '@careers/rpc';

/** How many items a page has unless the client asks for another `limit` (1 to 100). */
const DEFAULT_PAGE_LIMIT = 25;

/** What a sort key holds, so that a cursor's value is checked before it reaches SQL. */
export type SortKeyKind = 'text' | 'uuid' | 'integer' | 'timestamp';

/**
 * One key of a list's order: a property, or a path through a relation such as `user.name` (a `timestamp` key is a
 * property of the listed entity itself, read again from its table to the microsecond).
 */
export interface SortKey {
  path: string;
  direction: 'asc' | 'desc';
  kind: SortKeyKind;
  /**
   * The cursor withholds this key's value, as the list hides it from some readers (a private profile's name): a
   * cursor is unsigned, so one carrying the value would show it, and one crafted with a value of its own would tell
   * where the hidden one falls. The page reads the value again from the cursor's row instead. Never the last key,
   * which is unique and so finds that row.
   */
  withheld?: boolean;
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

/** The values of the sort keys of the last item of a page, but those withheld: the next page starts after them. */
interface KeysetCursor {
  after: Array<string | number>;
}

/**
 * A page of a list in its order, after the cursor's item, by keyset: `(k1, …, kn) > (v1, …, vn)` in the order's
 * directions, which an index on the keys answers without reading the pages before. The cursor carries the values
 * themselves, so that an item removed meanwhile breaks no walk. Of an order with a withheld key it carries the other
 * keys' values only: the page finds the cursor's row among the list's own rows by them and reads the withheld values
 * from it, so a cursor whose item has left the list meanwhile (or never was in it) is a 400, and the walk starts
 * again. A page stops early when the next item would take the reply past the page budget; `nextCursor` then goes on
 * from the last item given.
 */
export async function keysetPage<Entity extends object, Item>(
  em: EntityManager,
  list: KeysetList<Entity, Item>,
  query: KeysetPageQuery,
): Promise<KeysetPage<Item>> {
  const limit = query.limit ?? DEFAULT_PAGE_LIMIT;
  const where = query.cursor
    ? ({
        $and: [list.where, afterWhere(list.order, await cursorValues(em, list, query.cursor))],
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
        ? encodePageCursor({
            after: (await sortValues(em, list, last)).filter((_, index) => !list.order[index].withheld),
          } satisfies KeysetCursor)
        : null,
  };
}

/**
 * The sort-key values a page goes on after. Those the cursor withholds come from the cursor's row, which must be a row
 * of this very list, with the caller's own filter: a cursor crafted with the id of someone outside it learns nothing.
 */
async function cursorValues<Entity extends object, Item>(
  em: EntityManager,
  list: KeysetList<Entity, Item>,
  cursor: string,
): Promise<Array<string | number>> {
  const carriedKeys = list.order.filter((key) => !key.withheld);
  const carried = decodeKeysetCursor(cursor, carriedKeys);
  if (carriedKeys.length === list.order.length) return carried;
  const row = await em.findOne(
    list.entity,
    {
      $and: [list.where, ...carriedKeys.map((key, index) => nested(key.path, carried[index]))],
    } as FilterQuery<Entity>,
    { populate: list.populate } as FindOneOptions<Entity>,
  );
  if (!row) {
    throw new InvalidInputError([
      {
        field: 'cursor',
        message: 'cursor is of an item no longer in this list: start again from the first page',
      },
    ]);
  }
  return sortValues(em, list, row);
}

/**
 * The sort-key values of a row. A timestamp is read as PostgreSQL holds it, to the microsecond: a JavaScript Date
 * keeps milliseconds, and a cursor rounded down would skip the rows stamped within the same millisecond after it.
 */
async function sortValues<Entity extends object, Item>(
  em: EntityManager,
  list: KeysetList<Entity, Item>,
  row: Entity,
): Promise<Array<string | number>> {
  const timestamps = list.order.filter((key) => key.kind === 'timestamp');
  let exact: Record<string, string> = {};
  if (timestamps.length) {
    const meta = em.getMetadata(list.entity);
    const [primaryKey] = meta.primaryKeys;
    const column = (path: string) =>
      `"${(meta.properties as Record<string, { fieldNames: string[] }>)[path].fieldNames[0]}"`;
    const id = valueAt(row, primaryKey);
    // Through the entity manager, so that the read joins whatever transaction it is in.
    [exact] = await em.execute<Array<Record<string, string>>>(
      `select ${timestamps.map((key) => `${column(key.path)}::text as "${key.path}"`).join(', ')}
           from "${em.config.get('schema')}"."${meta.tableName}" where ${column(primaryKey)} = ?`,
      [id],
    );
    if (!exact) throw new Error(`${meta.className} ${String(id)} was removed while its page was read`);
  }
  return list.order.map((key) =>
    key.kind === 'timestamp' ? exact[key.path] : (valueAt(row, key.path) as string | number),
  );
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

const INT4_MIN = -2147483648;
const INT4_MAX = 2147483647;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** A timestamptz as PostgreSQL writes it as text: `2026-12-07 06:03:27.123456+00`. */
const PG_TIMESTAMP =
  /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2}):(\d{2})(\.\d{1,6})?[+-](0\d|1[0-5])(:[0-5]\d)?$/;

/** The values a cursor carries of these keys, as the query compares them; anything else is a 400. */
function decodeKeysetCursor(cursor: string, order: readonly SortKey[]): Array<string | number> {
  const isCursor = (body: unknown): body is KeysetCursor => {
    const after = (body as Partial<KeysetCursor> | null)?.after;
    return (
      Array.isArray(after) &&
      after.length === order.length &&
      order.every((key, index) => fitsKind(after[index], key.kind))
    );
  };
  // A timestamp stays text, which PostgreSQL reads as the timestamptz it wrote, microseconds and all.
  return decodePageCursor(cursor, isCursor).after;
}

function fitsKind(value: unknown, kind: SortKeyKind): boolean {
  switch (kind) {
    case 'integer':
      // The columns are int4: a number past them would fail in SQL rather than as a bad cursor.
      return typeof value === 'number' && Number.isInteger(value) && value >= INT4_MIN && value <= INT4_MAX;
    case 'uuid':
      return typeof value === 'string' && UUID.test(value);
    case 'timestamp':
      return typeof value === 'string' && isTimestamp(value);
    case 'text':
      // PostgreSQL text holds no NUL: such a value would fail in SQL rather than as a bad cursor.
      return typeof value === 'string' && !value.includes('\u0000');
  }
}

/** A timestamp PostgreSQL accepts: a day that exists (no 30 February), a time within the day. */
function isTimestamp(value: string): boolean {
  const match = PG_TIMESTAMP.exec(value);
  if (!match) return false;
  const [year, month, day, hour, minute, second] = match.slice(1, 7).map(Number);
  const date = new Date(Date.UTC(year, month - 1, day));
  return (
    date.getUTCFullYear() === year &&
    date.getUTCMonth() === month - 1 &&
    date.getUTCDate() === day &&
    hour < 24 &&
    minute < 60 &&
    second < 60
  );
}

import { ArrayType, JsonType, ReferenceKind, type EntityClass, type EntityProperty } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { executeBound } from './execute-bound';

/** Where a set-based insert's target table is named in its `on conflict` and `returning` clauses. */
export const INSERTED = 't';

/**
 * A new row, as the entity's properties that differ from row to row (its id always; every row of a batch gives the
 * same ones); a many-to-one is given as the entity or its id.
 */
export type NewRow<T> = { id: string } & { [P in keyof T]?: unknown };

interface Column {
  name: string;
  property: string;
  type: string;
  /** As `json_to_recordset` reads it: `jsonb` is read as `json` and cast, three times cheaper than reading `jsonb`. */
  readType: string;
  cast: string;
  /** The target's primary key, for a many-to-one. */
  referenceKey?: string;
}

/**
 * Inserts new rows of an entity set-based: one statement whatever their number, the rows one JSON parameter expanded
 * by `json_to_recordset`. The columns come from MikroORM's metadata; the ones the rows do not give take the
 * `template`'s value, bound once: the template is an entity made by its constructor, so a row written here is the
 * row a flush of that entity would write, its defaults included (making thousands of entities would cost more than
 * the insert). `tail` is what follows the insert (`on conflict ... returning ...`, the table named `t`); answers the
 * rows it returns.
 */
export async function insertEntities<R = Record<string, unknown>, T extends object = object>(
  em: EntityManager,
  entity: EntityClass<T>,
  template: T,
  rows: Array<NewRow<T>>,
  tail = '',
): Promise<R[]> {
  if (rows.length === 0) return [];
  const meta = em.getMetadata().get(entity.name);
  const columns = columnsOf(em, entity);
  assertSameProperties(entity, rows);
  const given = columns.filter((column) => column.property in rows[0]);
  const fixed = columns.filter((column) => !(column.property in rows[0]));
  const names = [...given, ...fixed].map((column) => `"${column.name}"`).join(', ');
  const values = [
    ...given.map((column) => `p."${column.name}"${column.cast}`),
    ...fixed.map((column) => `?::${column.type}`),
  ];
  const sql = `insert into "${em.config.get('schema')}"."${meta.tableName}" as ${INSERTED} (${names})
    select ${values.join(', ')}
      from json_to_recordset(?::json) as p(${given.map((column) => `"${column.name}" ${column.readType}`).join(', ')})
    ${tail}`;
  const records = rows.map((row) =>
    Object.fromEntries(given.map((column) => [column.name, valueOf(column, row)])),
  );
  const bound = fixed.map((column) => {
    const value = valueOf(column, template);
    return column.type === 'jsonb' && value !== null ? JSON.stringify(value) : value;
  });
  return executeBound<R>(em, sql, [...bound, JSON.stringify(records)]);
}

/** The batch's columns are the first row's: a row giving other properties would lose them or write `null`. */
function assertSameProperties(entity: EntityClass<object>, rows: object[]): void {
  const first = new Set(Object.keys(rows[0]));
  for (const row of rows) {
    const keys = Object.keys(row);
    const differing =
      keys.find((key) => !first.has(key)) ??
      (keys.length === first.size ? undefined : [...first].find((key) => !(key in row)));
    if (differing !== undefined)
      throw new Error(
        `insertEntities(${entity.name}): every row must give the same properties, but "${differing}" is given by some rows only`,
      );
  }
}

function valueOf(column: Column, source: object): unknown {
  const value = (source as Record<string, unknown>)[column.property] ?? null;
  if (column.referenceKey && value !== null && typeof value === 'object')
    return (value as Record<string, unknown>)[column.referenceKey];
  return value;
}

const columnCache = new WeakMap<EntityClass<object>, Column[]>();

function columnsOf(em: EntityManager, entity: EntityClass<object>): Column[] {
  const cached = columnCache.get(entity);
  if (cached) return cached;
  const meta = em.getMetadata().get(entity.name);
  const columns = meta.props.filter(stored).map((prop): Column => {
    assertConverted(entity, prop);
    const type = prop.columnTypes[0];
    const json = type === 'jsonb';
    return {
      name: prop.fieldNames[0],
      property: prop.name,
      type,
      readType: json ? 'json' : type,
      cast: json ? '::jsonb' : '',
      referenceKey:
        prop.kind === ReferenceKind.MANY_TO_ONE ? em.getMetadata().get(prop.type).primaryKeys[0] : undefined,
    };
  });
  columnCache.set(entity, columns);
  return columns;
}

/**
 * Values are written as JSON reads them (given) or as the driver binds them (the template's): right for plain
 * columns, JSON and arrays, not for a custom type whose database value its own conversion makes.
 */
function assertConverted(entity: EntityClass<object>, prop: EntityProperty): void {
  const type = prop.customType;
  if (!type || type instanceof JsonType || type instanceof ArrayType) return;
  throw new Error(
    `insertEntities(${entity.name}): property "${prop.name}" has the custom type ${type.constructor.name}, which it does not convert`,
  );
}

/** A property with a column of its own: a scalar or the owning side of a many-to-one (not a formula, not a collection). */
function stored(prop: EntityProperty): boolean {
  if (prop.formula || prop.persist === false || prop.fieldNames?.length !== 1) return false;
  return prop.kind === ReferenceKind.SCALAR || prop.kind === ReferenceKind.MANY_TO_ONE;
}

import type { EventSchemaSnapshot } from './event-schema-snapshot';
import type { JsonSchema, JsonValue } from './json-schema';

/**
 * How the events' schemas moved since the snapshot. `breaking`: a consumer built on the snapshot may no longer parse
 * what is published (docs/architecture.md, "Event versions": such a change needs a new subject). `compatible`: the
 * snapshot is out of date but every consumer still parses (an optional property or a subject added, a description).
 */
export interface SchemaChanges {
  breaking: string[];
  compatible: string[];
}

const isSchema = (value: JsonValue | undefined): value is JsonSchema =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const requiredOf = (schema: JsonSchema): string[] =>
  Array.isArray(schema['required']) ? (schema['required'] as string[]) : [];

/**
 * The value as JSON with its keys sorted, and without `description`s unless kept (a description changes no parse):
 * what two schemas are compared by, whatever order their keywords came in or the realm their arrays were made in.
 */
function canonical(value: JsonValue, keepDescriptions = false): string {
  const sorted = (node: JsonValue): JsonValue => {
    if (Array.isArray(node)) return node.map(sorted);
    if (!isSchema(node)) return node;
    return Object.fromEntries(
      Object.keys(node)
        .filter((keyword) => keepDescriptions || keyword !== 'description')
        .sort()
        .map((keyword) => [keyword, sorted(node[keyword])]),
    );
  };
  return JSON.stringify(sorted(value));
}

const sameShape = (recorded: JsonValue, current: JsonValue): boolean =>
  canonical(recorded) === canonical(current);

/** The keywords other than those named, to compare what the recursion does not. */
function without(schema: JsonSchema, keywords: readonly string[]): JsonValue {
  return Object.fromEntries(Object.entries(schema).filter(([keyword]) => !keywords.includes(keyword)));
}

function compareObject(at: string, recorded: JsonSchema, current: JsonSchema, changes: SchemaChanges): void {
  if (
    !sameShape(without(recorded, ['properties', 'required']), without(current, ['properties', 'required']))
  ) {
    changes.breaking.push(`${at}: the object's schema changed`);
  }
  const before = recorded['properties'] as JsonSchema;
  const after = current['properties'] as JsonSchema;
  const requiredBefore = requiredOf(recorded);
  const requiredAfter = requiredOf(current);
  for (const [name, schema] of Object.entries(before)) {
    const path = `${at}.${name}`;
    if (!(name in after)) {
      changes.breaking.push(`${path}: property removed`);
      continue;
    }
    compareSchema(path, schema, after[name], changes);
    if (requiredBefore.includes(name) && !requiredAfter.includes(name)) {
      changes.breaking.push(`${path}: no longer required`);
    } else if (!requiredBefore.includes(name) && requiredAfter.includes(name)) {
      changes.breaking.push(`${path}: now required`);
    }
  }
  for (const name of Object.keys(after).filter((property) => !(property in before))) {
    if (requiredAfter.includes(name)) changes.breaking.push(`${at}.${name}: new required property`);
    else changes.compatible.push(`${at}.${name}: optional property added`);
  }
}

function compareSchema(at: string, recorded: JsonValue, current: JsonValue, changes: SchemaChanges): void {
  if (
    isSchema(recorded) &&
    isSchema(current) &&
    isSchema(recorded['properties']) &&
    isSchema(current['properties'])
  ) {
    compareObject(at, recorded, current, changes);
  } else if (
    isSchema(recorded) &&
    isSchema(current) &&
    isSchema(recorded['items']) &&
    isSchema(current['items'])
  ) {
    if (!sameShape(without(recorded, ['items']), without(current, ['items']))) {
      changes.breaking.push(`${at}: the array's schema changed`);
    }
    compareSchema(`${at}[]`, recorded['items'], current['items'], changes);
  } else if (!sameShape(recorded, current)) {
    changes.breaking.push(`${at}: schema changed`);
  }
}

/** Compares the current events' schemas with the recorded snapshot, subject by subject. */
/** How a removed subject is reported: the one breaking change `--retire` records, once its deprecation has ended. */
export const SUBJECT_REMOVED = ': subject removed';

export function compareEventSchemas(
  recorded: EventSchemaSnapshot,
  current: EventSchemaSnapshot,
): SchemaChanges {
  const changes: SchemaChanges = { breaking: [], compatible: [] };
  for (const [subject, before] of Object.entries(recorded)) {
    const after = current[subject];
    if (!after) {
      changes.breaking.push(`${subject}${SUBJECT_REMOVED}`);
      continue;
    }
    if (before.version !== after.version) {
      changes.breaking.push(
        `${subject}: version ${before.version} became ${after.version} on the same subject`,
      );
    }
    const found = changes.breaking.length + changes.compatible.length;
    compareSchema(`${subject}: data`, before.data, after.data, changes);
    if (
      changes.breaking.length + changes.compatible.length === found &&
      canonical(before.data, true) !== canonical(after.data, true)
    ) {
      changes.compatible.push(`${subject}: descriptions changed`);
    }
  }
  for (const subject of Object.keys(current).filter((name) => !(name in recorded))) {
    changes.compatible.push(`${subject}: new subject`);
  }
  return changes;
}

/** A JSON Schema as plain data: what the catalog generates, writes and compares. */
export type JsonSchema = { [keyword: string]: JsonValue };
export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

const LOCAL_DEFINITION = /^#\/definitions\/(.+)$/;

/**
 * The schema with every `#/definitions/…` reference replaced by what it names, so that each event's schema stands
 * alone: a consumer (or ajv) reads one message without the generator's definitions, and a change to a shared type
 * shows in every event that carries it. Event data has no recursive types; one would be reported, not looped on.
 */
export function inlineDefinitions(
  schema: JsonValue,
  definitions: Record<string, JsonValue>,
  seen: readonly string[] = [],
): JsonValue {
  if (Array.isArray(schema)) return schema.map((item) => inlineDefinitions(item, definitions, seen));
  if (schema === null || typeof schema !== 'object') return schema;
  const reference = typeof schema['$ref'] === 'string' ? LOCAL_DEFINITION.exec(schema['$ref']) : null;
  if (reference) {
    const name = decodeURIComponent(reference[1]);
    if (seen.includes(name))
      throw new Error(`Event data cannot be recursive: ${[...seen, name].join(' → ')}`);
    const target = definitions[name];
    if (target === undefined) throw new Error(`No definition named ${name}`);
    const siblings = Object.fromEntries(Object.entries(schema).filter(([keyword]) => keyword !== '$ref'));
    const inlined = inlineDefinitions(target, definitions, [...seen, name]);
    return Object.keys(siblings).length ? { ...(inlined as JsonSchema), ...siblings } : inlined;
  }
  return Object.fromEntries(
    Object.entries(schema).map(([key, value]) => [key, inlineDefinitions(value, definitions, seen)]),
  );
}

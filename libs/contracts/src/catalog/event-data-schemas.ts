import { join } from 'node:path';
import { createGenerator } from 'ts-json-schema-generator';
import { Events, type EventSubject } from '../events';
import { inlineDefinitions, type JsonSchema, type JsonValue } from './json-schema';

const CONTRACTS_ROOT = join(__dirname, '..', '..');

/**
 * The JSON Schema of each event's data, generated from the TypeScript classes that `EventPayloads` maps each subject
 * to, so that the catalog says what the publishers' code compiles against and cannot drift from it.
 */
export function eventDataSchemas(): Record<EventSubject, JsonSchema> {
  const generated = createGenerator({
    path: join(CONTRACTS_ROOT, 'src', 'events.ts'),
    tsconfig: join(CONTRACTS_ROOT, 'tsconfig.lib.json'),
    type: 'EventPayloads',
    // The workspace's own type check covers these files; the generator only needs their shapes.
    skipTypeCheck: true,
    expose: 'export',
  }).createSchema('EventPayloads');
  const definitions = (generated.definitions ?? {}) as Record<string, JsonValue>;
  const payloads = definitions['EventPayloads'] as { properties: Record<string, JsonValue> };
  return Object.fromEntries(
    Object.values(Events).map((subject) => {
      const schema = payloads.properties[subject];
      if (schema === undefined) throw new Error(`EventPayloads has no data type for ${subject}`);
      return [subject, inlineDefinitions(schema, definitions) as JsonSchema];
    }),
  ) as Record<EventSubject, JsonSchema>;
}

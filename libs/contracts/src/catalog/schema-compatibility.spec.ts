import type { EventSchemaSnapshot } from './event-schema-snapshot';
import type { JsonSchema } from './json-schema';
import { compareEventSchemas } from './schema-compatibility';

const SUBJECT = 'events.test.thing.happened';

/** A made-up event: `thingId` and `counts.done` required, `note` optional, `tags` a list of strings. */
function thing(
  change: (data: JsonSchema & { properties: Record<string, JsonSchema> }) => void = () => undefined,
) {
  const data = {
    type: 'object',
    additionalProperties: false,
    properties: {
      thingId: { type: 'string' },
      note: { type: 'string', description: 'Free text.' },
      counts: {
        type: 'object',
        additionalProperties: false,
        properties: { done: { type: 'number' } },
        required: ['done'],
      },
      tags: { type: 'array', items: { type: 'string' } },
    },
    required: ['thingId', 'counts', 'tags'],
  } as JsonSchema & { properties: Record<string, JsonSchema> };
  change(data);
  return { [SUBJECT]: { version: 1, data } } as EventSchemaSnapshot;
}

const compared = (current: EventSchemaSnapshot) => compareEventSchemas(thing(), current);

describe('compareEventSchemas', () => {
  it('finds nothing when the schemas are the same', () => {
    expect(compared(thing())).toEqual({ breaking: [], compatible: [] });
  });

  it('breaks when a subject is removed', () => {
    expect(compared({}).breaking).toEqual([`${SUBJECT}: subject removed`]);
  });

  it('breaks when a property is removed (or renamed)', () => {
    const renamed = thing((data) => {
      data.properties['id'] = data.properties['thingId'];
      delete data.properties['thingId'];
      data['required'] = ['id', 'counts', 'tags'];
    });

    expect(compared(renamed).breaking).toEqual([
      `${SUBJECT}: data.thingId: property removed`,
      `${SUBJECT}: data.id: new required property`,
    ]);
  });

  it("breaks when a property's type changes", () => {
    const changed = thing((data) => {
      data.properties['thingId'] = { type: 'number' };
    });

    expect(compared(changed).breaking).toEqual([`${SUBJECT}: data.thingId: schema changed`]);
  });

  it("breaks when a nested property or an array's items change", () => {
    const changed = thing((data) => {
      data.properties['counts'] = {
        type: 'object',
        additionalProperties: false,
        properties: {},
        required: [],
      };
      data.properties['tags'] = { type: 'array', items: { type: 'number' } };
    });

    expect(compared(changed).breaking).toEqual([
      `${SUBJECT}: data.counts.done: property removed`,
      `${SUBJECT}: data.tags[]: schema changed`,
    ]);
  });

  it('breaks when a required property becomes optional', () => {
    const loosened = thing((data) => {
      data['required'] = ['counts', 'tags'];
    });

    expect(compared(loosened).breaking).toEqual([`${SUBJECT}: data.thingId: no longer required`]);
  });

  it('breaks when an optional property becomes required, or a new property is required', () => {
    const tightened = thing((data) => {
      data.properties['size'] = { type: 'number' };
      data['required'] = ['thingId', 'note', 'counts', 'tags', 'size'];
    });

    expect(compared(tightened).breaking).toEqual([
      `${SUBJECT}: data.note: now required`,
      `${SUBJECT}: data.size: new required property`,
    ]);
  });

  it('breaks when the version changes on the same subject', () => {
    const current = thing();
    current[SUBJECT].version = 2;

    expect(compared(current).breaking).toEqual([`${SUBJECT}: version 1 became 2 on the same subject`]);
  });

  it('lets an optional property, a new subject or a description through as compatible', () => {
    const current = thing((data) => {
      data.properties['size'] = { type: 'number' };
      data.properties['counts'].properties = { done: { type: 'number' }, left: { type: 'number' } };
    });
    current[`${SUBJECT}.v2`] = thing()[SUBJECT];
    const described = thing((data) => {
      data.properties['note'] = { type: 'string', description: 'What the thing was about.' };
    });

    expect(compared(current)).toEqual({
      breaking: [],
      compatible: [
        `${SUBJECT}: data.counts.left: optional property added`,
        `${SUBJECT}: data.size: optional property added`,
        `${SUBJECT}.v2: new subject`,
      ],
    });
    expect(compared(described)).toEqual({ breaking: [], compatible: [`${SUBJECT}: descriptions changed`] });
  });
});

import { MAX_JSON_DEPTH, nestingExceeds } from './json-depth-limit';

describe('nestingExceeds', () => {
  const arrays = (depth: number): unknown => JSON.parse(`${'['.repeat(depth)}1${']'.repeat(depth)}`);
  const objects = (depth: number): unknown => JSON.parse(`${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`);

  it('counts objects and arrays, one inside the other, up to the limit', () => {
    expect(nestingExceeds(arrays(MAX_JSON_DEPTH), MAX_JSON_DEPTH)).toBe(false);
    expect(nestingExceeds(arrays(MAX_JSON_DEPTH + 1), MAX_JSON_DEPTH)).toBe(true);
    expect(nestingExceeds(objects(MAX_JSON_DEPTH + 1), MAX_JSON_DEPTH)).toBe(true);
    expect(nestingExceeds({ a: [{ b: [] }], c: 'text' }, 4)).toBe(false);
    expect(nestingExceeds({ a: [{ b: [] }], c: 'text' }, 3)).toBe(true);
  });

  it('takes what is no object at all', () => {
    expect(nestingExceeds(undefined, MAX_JSON_DEPTH)).toBe(false);
    expect(nestingExceeds('text', MAX_JSON_DEPTH)).toBe(false);
  });

  it('walks a body nested far deeper than a call stack goes', () => {
    expect(nestingExceeds(arrays(200_000), MAX_JSON_DEPTH)).toBe(true);
  });
});

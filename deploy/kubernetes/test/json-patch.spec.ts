import { applyJsonPatch } from './json-patch';

describe('applyJsonPatch', () => {
  const document = { data: { 'a/b': '1', 'c~d': '2' }, items: ['x', 'y'] };

  it('adds, replaces and removes by JSON pointer, on a copy', () => {
    const result = applyJsonPatch(document, [
      { op: 'replace', path: '/data/a~1b', value: 'one' },
      { op: 'remove', path: '/data/c~0d' },
      { op: 'add', path: '/data/e', value: '3' },
      { op: 'add', path: '/items/-', value: 'z' },
      { op: 'add', path: '/items/0', value: 'w' },
      { op: 'remove', path: '/items/1' },
    ]);
    expect(result).toEqual({ data: { 'a/b': 'one', e: '3' }, items: ['w', 'y', 'z'] });
    expect(document).toEqual({ data: { 'a/b': '1', 'c~d': '2' }, items: ['x', 'y'] });
  });

  it('refuses a path that is not there, an index past the end and an operation it does not know', () => {
    expect(() => applyJsonPatch(document, [{ op: 'replace', path: '/data/missing', value: 1 }])).toThrow(
      '/data/missing does not exist',
    );
    expect(() => applyJsonPatch(document, [{ op: 'add', path: '/nowhere/key', value: 1 }])).toThrow(
      '/nowhere/key does not exist',
    );
    expect(() => applyJsonPatch(document, [{ op: 'remove', path: '/items/2' }])).toThrow('past the end');
    expect(() => applyJsonPatch(document, [{ op: 'move', path: '/items/0' }])).toThrow(
      'unsupported op "move"',
    );
  });
});

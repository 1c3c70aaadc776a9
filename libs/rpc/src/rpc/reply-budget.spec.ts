import { chunksWithinBudget, jsonBytes, withinPageBudget } from './reply-budget';

describe('the page budget', () => {
  const item = (bytes: number) => ({ text: 'x'.repeat(bytes) });

  it('keeps every item of a page that fits', () => {
    const items = [item(10), item(20), item(30)];

    expect(withinPageBudget(items)).toEqual(items);
  });

  it('stops before the item that would take the page past the budget', () => {
    const items = Array.from({ length: 10 }, () => item(100));
    const one = jsonBytes(items[0]) + 1;

    expect(withinPageBudget(items, 0, one * 4)).toHaveLength(4);
    expect(withinPageBudget(items, one, one * 4)).toHaveLength(3);
  });

  it('keeps the first item even when it alone is over the budget, so a walk moves on', () => {
    expect(withinPageBudget([item(1000), item(1)], 0, 100)).toHaveLength(1);
  });

  it('counts multi-byte characters and escapes as the JSON sent', () => {
    const accented = { text: 'é'.repeat(100) };
    const escaped = { text: '"'.repeat(100) };

    expect(jsonBytes(accented)).toBe(211);
    expect(jsonBytes(escaped)).toBe(211);
  });

  it('splits many items into runs that each fit, in order, every item once', () => {
    const items = Array.from({ length: 10 }, (_, index) => ({ index, text: 'x'.repeat(100) }));
    const one = jsonBytes(items[0]) + 1;

    const chunks = chunksWithinBudget(items, one * 3);

    expect(chunks.map((chunk) => chunk.length)).toEqual([3, 3, 3, 1]);
    expect(chunks.flat()).toEqual(items);
    expect(chunksWithinBudget([])).toEqual([]);
  });
});

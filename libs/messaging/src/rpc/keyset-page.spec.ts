import type { EntityManager } from '@mikro-orm/postgresql';
import { keysetPage, NEWEST_FIRST, SortKey } from './keyset-page';
import { encodePageCursor, RpcError } from '@careers/rpc';

/** A list ordered by a name, a number and then newest first: every kind of key a cursor may carry. */
const ORDER: SortKey[] = [
  { path: 'user.name', direction: 'asc', kind: 'text' },
  { path: 'position', direction: 'asc', kind: 'integer' },
  ...NEWEST_FIRST,
];
/** By a name the cursor withholds, then by id. */
const BY_WITHHELD_NAME: SortKey[] = [
  { path: 'user.name', direction: 'asc', kind: 'text', withheld: true },
  { path: 'user.id', direction: 'asc', kind: 'uuid' },
];
const ID = '0b7f8a52-5a8e-4d5c-9d7e-1f2a3b4c5d6e';
const AT = '2026-12-07 06:03:27.123456+00';

/**
 * A cursor is checked before any query is made: the entity manager is never reached, so none is given. Whatever a
 * cursor carries that this list's query could not compare is a 400 naming the cursor, never an SQL error.
 */
async function refusal(after: unknown, order = ORDER): Promise<unknown> {
  const list = { entity: 'Anything', where: {}, order, toItems: () => [] };
  const cursor = typeof after === 'string' ? after : encodePageCursor({ after });
  try {
    await keysetPage(undefined as unknown as EntityManager, list, { cursor });
  } catch (error) {
    return error instanceof RpcError ? error.body : error;
  }
  throw new Error('the cursor was taken');
}

describe('a keyset page cursor', () => {
  it.each([
    ['not base64 JSON', 'not-a-cursor'],
    ['of another shape', encodePageCursor({ afterRow: 3 })],
    ['with too few values', ['Ada', 1, AT]],
    ['with a number for a name', [7, 1, AT, ID]],
    ['with a NUL in a name', ['A\u0000da', 1, AT, ID]],
    ['with a fraction for a whole number', ['Ada', 1.5, AT, ID]],
    ['with a whole number past the int4 columns', ['Ada', 3000000000, AT, ID]],
    ['with a whole number below the int4 columns', ['Ada', -2147483649, AT, ID]],
    ['with a day that does not exist', ['Ada', 1, '2026-02-30 06:03:27.123456+00', ID]],
    ['with an hour past the day', ['Ada', 1, '2026-12-07 24:03:27+00', ID]],
    ['with an offset out of range', ['Ada', 1, '2026-12-07 06:03:27+16', ID]],
    ['with an ISO timestamp instead of the database one', ['Ada', 1, '2026-12-07T06:03:27.123Z', ID]],
    ['with an id that is no UUID', ['Ada', 1, AT, 'x']],
  ])('is refused %s, naming the cursor', async (_, after) => {
    expect(await refusal(after)).toMatchObject({
      kind: 'invalid',
      errors: [{ field: 'cursor', message: expect.any(String) }],
    });
  });

  it.each([1, 2147483647, -2147483648])(
    'is taken with every key of its kind (whole number %d), reaching the query',
    async (position) => {
      // A good cursor gets past the checks to the entity manager, which this test does not give.
      expect(await refusal(['Ada', position, AT, ID])).toBeInstanceOf(TypeError);
    },
  );

  it('is refused carrying a value its order withholds', async () => {
    expect(await refusal(['Smi', ID], BY_WITHHELD_NAME)).toMatchObject({
      kind: 'invalid',
      errors: [{ field: 'cursor', message: expect.any(String) }],
    });
  });

  it('is taken carrying the other keys only, reaching the query for its row', async () => {
    expect(await refusal([ID], BY_WITHHELD_NAME)).toBeInstanceOf(TypeError);
  });
});

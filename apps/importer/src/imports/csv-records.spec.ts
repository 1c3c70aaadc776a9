import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { csvRecords } from './csv-records';

/** csv-spectrum's files: each CSV beside the JSON of the records a reader should make of it. */
const SPECTRUM = dirname(require.resolve('csv-spectrum/package.json'));
const CASES = readdirSync(join(SPECTRUM, 'csvs')).map((file) => file.replace(/\.csv$/, ''));

/** Where the package's JSON says other than its CSV holds (its phone number is another one): not compared. */
const FIXTURE_MISTAKES: Record<string, string[]> = { location_coordinates: ['Contact Phone Number'] };

async function read(text: string | Buffer): Promise<string[][]> {
  const bytes = new Blob([text]).stream();
  const records: string[][] = [];
  for await (const batch of csvRecords(bytes)) records.push(...batch);
  return records;
}

async function readAsObjects(csv: Buffer): Promise<Array<Record<string, string>>> {
  const [header, ...rows] = await read(csv);
  return rows.map((cells) => Object.fromEntries(header.map((name, index) => [name, cells[index]])));
}

function withoutMistakes(name: string, records: Array<Record<string, string>>) {
  const left = FIXTURE_MISTAKES[name] ?? [];
  return records.map((record) =>
    Object.fromEntries(Object.entries(record).filter(([key]) => !left.includes(key))),
  );
}

describe('reading CSV files', () => {
  it.each(CASES)('reads csv-spectrum %s as the package expects', async (name) => {
    const csv = readFileSync(join(SPECTRUM, 'csvs', `${name}.csv`));
    const expected = JSON.parse(readFileSync(join(SPECTRUM, 'json', `${name}.json`), 'utf8')) as
      | Record<string, string>
      | Array<Record<string, string>>;
    const records = await readAsObjects(csv);
    expect(withoutMistakes(name, records)).toEqual(withoutMistakes(name, [expected].flat()));
  });

  it('keeps the quotes of a field that does not start with one, as spreadsheets write it', async () => {
    expect(await read('a,b,c\na,b "c" d,e\n')).toEqual([
      ['a', 'b', 'c'],
      ['a', 'b "c" d', 'e'],
    ]);
  });

  it('refuses a quoted field left open, naming the line after the last record read', async () => {
    await expect(read('a,b\n1,2\n3,"four\n5,6\n')).rejects.toMatchObject({
      code: 'malformed_csv',
      message: expect.stringContaining('line 3'),
    });
  });

  it('keeps text after a closing quote with the field', async () => {
    expect(await read('a,b\n3,"four" five\n')).toEqual([
      ['a', 'b'],
      ['3', '"four" five'],
    ]);
  });
});

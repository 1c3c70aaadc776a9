import { finding } from './finding';
import { FINDINGS_PER_CODE_MAX, FINDINGS_PER_FILE_MAX, FindingCaps } from './finding-caps';

const rowFindings = (code: string, rows: number, from = 1) =>
  Array.from({ length: rows }, (_, index) => finding('error', code, `${code}.`, { row: from + index }));

describe('the caps on an analysis findings', () => {
  it('keeps the first findings of a code up to its cap and counts the rest by code', () => {
    const caps = new FindingCaps();

    const kept = caps.keep(rowFindings('missing_value', FINDINGS_PER_CODE_MAX + 7));

    expect(kept.map((item) => item.row)).toEqual(
      Array.from({ length: FINDINGS_PER_CODE_MAX }, (_, index) => index + 1),
    );
    expect(caps.omitted()).toEqual([{ code: 'missing_value', severity: 'error', count: 7 }]);
  });

  it('keeps no more than the file cap across codes', () => {
    const caps = new FindingCaps();
    const codes = Array.from(
      { length: FINDINGS_PER_FILE_MAX / FINDINGS_PER_CODE_MAX + 2 },
      (_, i) => `code_${i}`,
    );

    const kept = codes.flatMap((code) => caps.keep(rowFindings(code, FINDINGS_PER_CODE_MAX)));

    expect(kept).toHaveLength(FINDINGS_PER_FILE_MAX);
    expect(caps.omitted().reduce((sum, entry) => sum + entry.count, 0)).toBe(2 * FINDINGS_PER_CODE_MAX);
  });

  it('always keeps findings about the whole file', () => {
    const caps = new FindingCaps();
    for (let code = 0; code * FINDINGS_PER_CODE_MAX < FINDINGS_PER_FILE_MAX; code++)
      caps.keep(rowFindings(`code_${code}`, FINDINGS_PER_CODE_MAX));
    expect(caps.keep(rowFindings('one_more', 1))).toEqual([]);

    const kept = caps.keep([finding('error', 'missing_column', 'The required column username is missing.')]);

    expect(kept).toHaveLength(1);
  });
});

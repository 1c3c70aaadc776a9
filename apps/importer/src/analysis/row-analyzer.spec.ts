import { MENTORS_COLUMNS } from '@careers/testing';
import { FILE_DEFINITIONS } from '../file-definitions';
import { analyzeHeader } from './header-analysis';
import { RowAnalyzer } from './row-analyzer';

function analyzer(header = [...MENTORS_COLUMNS], usesSingleSignOn = false) {
  const settings = { usesSingleSignOn };
  const analysis = analyzeHeader(header, FILE_DEFINITIONS.Mentors, settings);
  return { analysis, rows: new RowAnalyzer(FILE_DEFINITIONS.Mentors, analysis, header.length, settings) };
}

const codes = (findings: Array<{ code: string }>) => findings.map((item) => item.code);

describe('the mentors file analyzers', () => {
  it('accepts a good row and gives its values by column', () => {
    const { rows } = analyzer();
    const result = rows.analyze(1, [
      'Ada',
      'Lovelace',
      'ada@example.test',
      'ada01',
      'Mentors',
      '3',
      'allowed',
    ]);

    expect(result.findings).toEqual([]);
    expect(result.values).toMatchObject({
      first_name: 'Ada',
      'mentor_information_attributes:maximum_mentees': '3',
    });
  });

  it('wants user_type exactly "Mentors", capitalised and plural', () => {
    const { rows } = analyzer();
    for (const [index, wrong] of ['mentors', 'Mentor', 'MENTORS'].entries()) {
      const result = rows.analyze(index + 1, [
        'A',
        'B',
        `m${index}@x.test`,
        `m${index}`,
        wrong,
        '1',
        'allowed',
      ]);
      expect(codes(result.findings)).toEqual(['wrong_value']);
    }
  });

  it('wants whole numbers of 0 or more and allowed / not allowed', () => {
    const { rows } = analyzer();
    const result = rows.analyze(1, ['A', 'B', 'a@x.test', 'a', 'Mentors', '2.5', 'sometimes']);
    const negative = rows.analyze(2, ['A', 'B', 'b@x.test', 'b', 'Mentors', '-1', 'not allowed']);

    expect(codes(result.findings)).toEqual(['not_a_whole_number', 'not_allowed_value']);
    expect(codes(negative.findings)).toEqual(['not_a_whole_number']);
  });

  it('names missing required values, malformed emails and values seen in an earlier row (any case)', () => {
    const { rows } = analyzer();
    rows.analyze(1, ['A', 'B', 'same@x.test', 'same', 'Mentors', '1', 'allowed']);
    const result = rows.analyze(2, ['', 'B', 'SAME@x.test', 'Same', 'Mentors', '1', 'allowed']);
    const malformed = rows.analyze(3, ['A', 'B', 'not-an-email', 'c', 'Mentors', '1', 'allowed']);

    expect(result.findings.map((item) => [item.code, item.column])).toEqual([
      ['missing_value', 'first_name'],
      ['duplicate_value', 'email_address'],
      ['duplicate_value', 'username'],
    ]);
    expect(result.findings[1].message).toContain('row 1');
    expect(codes(malformed.findings)).toEqual(['malformed_email']);
  });

  it('warns when the recommended maximum_mentees is missing, in the header or in a row', () => {
    const { analysis } = analyzer(MENTORS_COLUMNS.filter((name) => !name.endsWith('maximum_mentees')));
    const { rows } = analyzer();
    const row = rows.analyze(1, ['A', 'B', 'a@x.test', 'a', 'Mentors', '', 'allowed']);

    expect(analysis.findings).toEqual([
      expect.objectContaining({ code: 'recommended_column_missing', severity: 'warning' }),
    ]);
    expect(row.findings).toEqual([
      expect.objectContaining({ code: 'recommended_value_missing', severity: 'warning' }),
    ]);
  });

  it('refuses an auth_identifier where the institution does not use single sign-on', () => {
    const header = [...MENTORS_COLUMNS, 'auth_identifier'];
    const without = analyzer(header, false).rows.analyze(1, [
      'A',
      'B',
      'a@x.test',
      'a',
      'Mentors',
      '1',
      'allowed',
      'sso-1',
    ]);
    const withSso = analyzer(header, true).rows.analyze(1, [
      'A',
      'B',
      'a@x.test',
      'a',
      'Mentors',
      '1',
      'allowed',
      'sso-1',
    ]);

    expect(codes(without.findings)).toEqual(['single_sign_on_not_used']);
    expect(withSso.findings).toEqual([]);
  });

  it('reports missing required columns, duplicate headers and unknown columns', () => {
    const { analysis } = analyzer([
      'first_name',
      'first_name',
      'email_address',
      'favourite_colour',
      'user_type',
    ]);

    expect(analysis.findings.map((item) => [item.code, item.column, item.severity])).toEqual([
      ['duplicate_header', 'first_name', 'error'],
      ['unknown_column', 'favourite_colour', 'warning'],
      ['missing_column', 'last_name', 'error'],
      ['missing_column', 'username', 'error'],
      ['recommended_column_missing', 'mentor_information_attributes:maximum_mentees', 'warning'],
    ]);
  });

  it('reports a row with more or fewer cells than the header', () => {
    const { rows } = analyzer();
    expect(codes(rows.analyze(1, ['A', 'B']).findings)).toContain('wrong_cell_count');
  });
});

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PROBLEMS_DOC_PATH, renderProblemsDoc } from './problems-doc';
import { isProblemCode, PROBLEM_CODES, PROBLEM_TYPES, PROBLEMS, problemType } from './problems';

describe('the problem registry', () => {
  it.each(PROBLEM_CODES)('gives %s an error status, a title and when it happens', (code) => {
    const { status, title, description } = PROBLEMS[code];

    expect(Number.isInteger(status) && status >= 400 && status <= 599).toBe(true);
    expect(title.trim()).not.toBe('');
    expect(description.trim()).not.toBe('');
  });

  it('names each code in snake case, so that its type is a URN of its own', () => {
    for (const code of PROBLEM_CODES) expect(code).toMatch(/^[a-z][a-z0-9]*(_[a-z0-9]+)*$/);
    expect(new Set(PROBLEM_TYPES).size).toBe(PROBLEM_CODES.length);
  });

  it('makes a type a URN of the code, with dashes', () => {
    expect(problemType('company_not_found')).toBe('urn:careers:problem:company-not-found');
    expect(PROBLEM_TYPES).toContain('urn:careers:problem:validation-failed');
  });

  it('knows its own codes only', () => {
    expect(isProblemCode('label_name_taken')).toBe(true);
    expect(isProblemCode('label_name_tkn')).toBe(false);
    expect(isProblemCode('toString')).toBe(false);
  });

  it(`is what ${PROBLEMS_DOC_PATH} lists (npm run contracts:problems rewrites it)`, () => {
    const written = readFileSync(join(__dirname, '../../..', PROBLEMS_DOC_PATH), 'utf8');

    expect(written).toBe(renderProblemsDoc());
  });
});

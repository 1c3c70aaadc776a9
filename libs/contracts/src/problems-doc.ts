import { PROBLEM_CODES, PROBLEMS, problemType } from './problems';

/** Where the list of problem types is kept, from the repository's root. */
export const PROBLEMS_DOC_PATH = 'docs/problems.md';

/** docs/problems.md as the registry makes it: every problem type a client can switch on. */
export function renderProblemsDoc(): string {
  const rows = PROBLEM_CODES.map((code) => {
    const { status, title, description } = PROBLEMS[code];
    return `| \`${problemType(code)}\` | ${status} | ${title} | ${description} |`;
  });
  return [
    '# Problem types',
    '',
    'Every error of the API is an RFC 9457 problem details body (`application/problem+json`) whose `type` is one of',
    'these URNs, so a client can switch on it; `title` is the one given here, `detail` says what happened this time.',
    'A problem about fields also has `errors`, one `{ field, message }` each; a 500 has an `errorId` that is in the log.',
    '',
    'Generated from the registry in `libs/contracts/src/problems.ts` by `npm run contracts:problems`: edit the',
    'registry, not this file (a test fails when they differ).',
    '',
    '| type | status | title | when |',
    '|---|---|---|---|',
    ...rows,
    '',
  ].join('\n');
}

import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from '@careers/testing';

/** Prints a benchmark's Markdown report and keeps it as tmp/bench/<benchmark>-<time>.md; returns that file. */
export function keepReport(benchmark: string, markdown: string): string {
  process.stdout.write(`\n${markdown}\n\n`);
  const file = join(
    REPO_ROOT,
    'tmp/bench',
    `${benchmark}-${new Date().toISOString().replace(/[:.]/g, '-')}.md`,
  );
  mkdirSync(join(REPO_ROOT, 'tmp/bench'), { recursive: true });
  writeFileSync(file, `${markdown}\n`);
  return file;
}

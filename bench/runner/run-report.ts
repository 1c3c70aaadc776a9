import type { BenchFigure } from '../shared/bench-figures';
import { markdownTable } from '../shared/markdown-table';
import { figuresTable } from './figures-table';
import type { BenchmarkOutcome } from './run-benchmark';

export interface BenchRun {
  startedAt: string;
  quick: boolean;
  conditions: string[];
  benchmarks: BenchmarkOutcome[];
  figures: BenchFigure[];
}

function outcome(one: BenchmarkOutcome): string {
  if (one.status === 0) return 'passed';
  return one.overtime ? `FAILED: over its limit, stopped` : `FAILED: exit status ${one.status}`;
}

/** The whole run in Markdown: its conditions, how each benchmark ended, and every figure. */
export function runReport(run: BenchRun): string {
  return [
    `## npm run bench, ${run.startedAt}${run.quick ? ' (quick run: small sizes)' : ''}`,
    '',
    ...run.conditions.map((line) => `- ${line}`),
    '',
    markdownTable(
      ['benchmark', 'result', 'seconds'],
      run.benchmarks.map((one) => [one.name, outcome(one), one.seconds.toFixed(0)]),
      [0, 1],
    ),
    '',
    figuresTable(run.figures),
  ].join('\n');
}

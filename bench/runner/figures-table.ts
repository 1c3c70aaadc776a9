import { readFileSync } from 'node:fs';
import type { BenchFigure, Target } from '../shared/bench-figures';
import { markdownTable } from '../shared/markdown-table';

/** The figures the benchmarks appended, one JSON line each (none when no benchmark got as far). */
export function readFigures(file: string): BenchFigure[] {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return [];
  }
  return text
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as BenchFigure);
}

/** 1,234 ms, 3.2 ms, 81.8 s, 213 MiB: as many digits as the figure is worth. */
export function formatValue(value: number, unit: string): string {
  const digits = Math.abs(value) >= 100 ? 0 : 1;
  return `${value.toLocaleString('en', { minimumFractionDigits: digits, maximumFractionDigits: digits })} ${unit}`;
}

function formatRatio(ratio: number): string {
  return `${ratio.toLocaleString('en', { maximumFractionDigits: ratio >= 10 ? 0 : ratio >= 1 ? 1 : 3 })}×`;
}

function formatTarget(target: Target, unit: string): string {
  return 'atMost' in target
    ? `≤ ${formatValue(target.atMost, unit)}`
    : `≥ ${formatValue(target.atLeast, unit)}`;
}

/**
 * Every figure of the run in one Markdown table. A benchmark's name and conditions are written where they change
 * only, so that the table reads down a benchmark at a time.
 */
export function figuresTable(figures: BenchFigure[]): string {
  const rows = figures.map((one, index) => {
    const before = figures[index - 1];
    const sameBenchmark = before?.benchmark === one.benchmark;
    return [
      sameBenchmark ? '' : one.benchmark,
      one.figure,
      formatValue(one.value, one.unit),
      sameBenchmark && before.conditions === one.conditions ? '' : one.conditions,
      one.baseline === undefined ? '' : `${one.baseline}: ${formatValue(one.baselineValue ?? 0, one.unit)}`,
      one.ratio === undefined ? '' : formatRatio(one.ratio),
      one.target === undefined ? '' : formatTarget(one.target, one.unit),
      one.met === undefined ? '' : one.met ? 'met' : 'MISSED',
    ];
  });
  return markdownTable(
    ['benchmark', 'figure', 'value', 'conditions', 'baseline', 'ratio', 'target', 'met?'],
    rows,
    [0, 1, 3, 4, 7],
  );
}

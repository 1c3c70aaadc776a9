import { appendFileSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';

/** A figure's target, in its own unit: a time or a size at most, a rate at least. */
export type Target = { atMost: number } | { atLeast: number };

/** One figure of a benchmark as `npm run bench` collects them (one JSON line each in BENCH_FIGURES_FILE). */
export interface BenchFigure {
  benchmark: string;
  figure: string;
  value: number;
  unit: string;
  /** What the figure was measured under: size, rate, duration... */
  conditions: string;
  /** What the same work cost without the system, measured in the same run on the same machine. */
  baseline?: string;
  baselineValue?: number;
  /** value ÷ baselineValue. */
  ratio?: number;
  target?: Target;
  met?: boolean;
}

export interface FigureInput {
  figure: string;
  value: number;
  unit: string;
  /** The benchmark's conditions when left out. */
  conditions?: string;
  baseline?: { name: string; value: number };
  target?: Target;
}

export function targetMet(value: number, target: Target): boolean {
  return 'atMost' in target ? value <= target.atMost : value >= target.atLeast;
}

/**
 * A benchmark's figures. Each is kept as it is measured, a JSON line appended to BENCH_FIGURES_FILE when that is set
 * (by `npm run bench`), so a benchmark that fails later still leaves what it measured.
 */
export class FigureLog {
  private readonly file = process.env['BENCH_FIGURES_FILE'];

  constructor(
    readonly benchmark: string,
    private readonly conditions: string,
  ) {}

  add(input: FigureInput): BenchFigure {
    const { baseline, target } = input;
    const figure: BenchFigure = {
      benchmark: this.benchmark,
      figure: input.figure,
      value: input.value,
      unit: input.unit,
      conditions: input.conditions ?? this.conditions,
      ...(baseline && {
        baseline: baseline.name,
        baselineValue: baseline.value,
        ratio: input.value / baseline.value,
      }),
      ...(target && { target, met: targetMet(input.value, target) }),
    };
    if (this.file) {
      mkdirSync(dirname(this.file), { recursive: true });
      appendFileSync(this.file, `${JSON.stringify(figure)}\n`);
    }
    return figure;
  }

  /** Peak resident memory of each process (MiB, by name) over the benchmark. */
  addPeakMemory(peaks: Record<string, number>, target?: Target): void {
    for (const [name, mib] of Object.entries(peaks)) {
      this.add({ figure: `peak RSS, ${name}`, value: mib, unit: 'MiB', target });
    }
  }
}

/** A benchmark `npm run bench` runs: its script, the longest it may take, and its sizes for a quick run. */
export interface Benchmark {
  name: string;
  script: string;
  /** Each benchmark bounds its own phases; past this the runner stops it (SIGTERM) as failed. */
  limitMinutes: number;
  /** The environment of a quick run (BENCH_QUICK=1): small sizes, to check that it works. */
  quick: Record<string, string>;
}

/** In the order they run: about 10 to 12 minutes together on a 2-core machine. */
export const BENCHMARKS: readonly Benchmark[] = [
  {
    name: 'gateway',
    script: 'bench/gateway/main.ts',
    limitMinutes: 5,
    quick: { BENCH_CONTACTS: '2000', BENCH_SECONDS: '5', BENCH_WARM_UP_SECONDS: '2' },
  },
  {
    name: 'directory',
    script: 'bench/directory/main.ts',
    limitMinutes: 10,
    quick: { BENCH_CONTACTS: '20000', BENCH_ROUNDS: '3' },
  },
  {
    name: 'importer',
    script: 'bench/importer/main.ts',
    limitMinutes: 12,
    quick: { BENCH_ROWS: '5000', BENCH_SECOND_RUN: '0' },
  },
  {
    name: 'onboarding',
    script: 'bench/onboarding/main.ts',
    limitMinutes: 6,
    quick: { BENCH_CONTACTS: '2000' },
  },
  {
    name: 'web',
    script: 'bench/web/main.ts',
    limitMinutes: 35,
    quick: { BENCH_CONTACTS: '20000' },
  },
];

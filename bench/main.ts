/**
 * `npm run bench`: every benchmark under bench/, one after another, each in its own process (one that fails shows,
 * and the others still run), then one table of all their figures, printed and kept as tmp/bench/bench-<time>.json
 * and .md. Finds or starts PostgreSQL as `npm test` does (TEST_DATABASE_URL or DATABASE_URL as given, else the server
 * on 127.0.0.1:5432, else an embedded one), checks for a nats-server binary (each benchmark starts its own) and
 * builds the apps. Exits non-zero when any benchmark failed. BENCH_QUICK=1 runs them at small sizes, to check that
 * they work; BENCH_ONLY=gateway,importer runs only those.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Client } from 'pg';
import {
  findNatsServerBinary,
  findOrStartPostgres,
  NATS_SERVER_BINARY_HOW_TO_GET,
  terminateChild,
} from '@careers/local-infra';
import {
  buildApps,
  enterRepoRoot,
  REPO_ROOT,
  say,
  exitStatus,
  type Command,
} from '@careers/workspace-scripts';
import { describeConditions } from './shared/run-conditions';
import { Teardown } from './shared/teardown';
import { BENCHMARKS } from './runner/benchmarks';
import { readFigures } from './runner/figures-table';
import { BenchmarkOutcome, runBenchmark } from './runner/run-benchmark';
import { BenchRun, runReport } from './runner/run-report';

const QUICK = process.env['BENCH_QUICK'] === '1';
const ONLY = process.env['BENCH_ONLY']?.split(',').map((name) => name.trim());

const log = (line: string): void => say('bench', line);
const teardown = new Teardown(log);
/** The build or the benchmark running now, stopped with the rest when the run is. */
let current: Command | undefined;
teardown.add(() => current && terminateChild(current.child, current.exited, 30_000));

/** The machine and the PostgreSQL server every benchmark of the run measured on. */
async function runConditions(databaseUrl: string, natsServer: string): Promise<string[]> {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const db = {
      query: async <T>(sql: string, params?: unknown[]) => (await client.query(sql, params)).rows as T[],
    };
    return [...(await describeConditions(db)), `nats-server: ${natsServer} (each benchmark starts its own)`];
  } finally {
    await client.end();
  }
}

/**
 * Writes out what the last benchmark left in PostgreSQL's buffers (a million-contact load, a dropped database), so that
 * its checkpoint does not land in the next benchmark's figures. Says so and goes on when the role may not.
 */
async function checkpoint(databaseUrl: string): Promise<void> {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query('checkpoint');
  } catch (error) {
    log(`(no CHECKPOINT before the benchmark: ${error instanceof Error ? error.message : String(error)})`);
  } finally {
    await client.end();
  }
}

async function main(): Promise<void> {
  enterRepoRoot();
  const benchmarks = BENCHMARKS.filter((benchmark) => !ONLY || ONLY.includes(benchmark.name));
  if (benchmarks.length === 0)
    throw new Error(`BENCH_ONLY names none of ${BENCHMARKS.map(({ name }) => name)}`);

  const postgres = await findOrStartPostgres({
    databaseUrl: process.env['TEST_DATABASE_URL'] ?? process.env['DATABASE_URL'],
    dataDir: '.data/postgres',
    database: 'postgres',
    log,
  });
  teardown.add(() => postgres.stop());
  const natsServer = findNatsServerBinary();
  if (!natsServer) throw new Error(NATS_SERVER_BINARY_HOW_TO_GET);

  log('Building the apps ...');
  current = buildApps();
  const built = exitStatus(await current.exited);
  current = undefined;
  if (built !== 0) throw new Error(`the build failed (exit status ${built}, see above)`);

  const startedAt = new Date().toISOString();
  const base = join(REPO_ROOT, 'tmp/bench', `bench-${startedAt.replace(/[:.]/g, '-')}`);
  const figuresFile = `${base}.figures.jsonl`;
  mkdirSync(join(REPO_ROOT, 'tmp/bench'), { recursive: true });
  const conditions = await runConditions(postgres.url, natsServer);

  const outcomes: BenchmarkOutcome[] = [];
  for (const benchmark of benchmarks) {
    await checkpoint(postgres.url);
    log(
      `${benchmark.name}: ${benchmark.script}${QUICK ? ` (quick: ${JSON.stringify(benchmark.quick)})` : ''}`,
    );
    const env = {
      ...process.env,
      TEST_DATABASE_URL: postgres.url,
      NATS_SERVER_BIN: natsServer,
      BENCH_FIGURES_FILE: figuresFile,
      ...(QUICK ? benchmark.quick : {}),
    };
    const outcome = await runBenchmark(benchmark, env, (command) => (current = command));
    log(
      `${benchmark.name}: ${outcome.status === 0 ? 'passed' : `FAILED (${outcome.status})`} in ${outcome.seconds.toFixed(0)} s`,
    );
    outcomes.push(outcome);
  }

  const run: BenchRun = {
    startedAt,
    quick: QUICK,
    conditions,
    benchmarks: outcomes,
    figures: readFigures(figuresFile),
  };
  const report = runReport(run);
  process.stdout.write(`\n${report}\n\n`);
  writeFileSync(`${base}.json`, `${JSON.stringify(run, null, 2)}\n`);
  writeFileSync(`${base}.md`, `${report}\n`);
  rmSync(figuresFile, { force: true });
  log(`kept in ${base}.json and ${base}.md`);

  const failed = outcomes.filter((outcome) => outcome.status !== 0).map(({ name }) => name);
  if (failed.length > 0) throw new Error(`${failed.join(', ')} failed (see above)`);
}

teardown.runMain(main);

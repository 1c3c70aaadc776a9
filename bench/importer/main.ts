/**
 * `npm run bench:importer`: a 100,000-row Students file through the importer. Starts gateway, identity, directory,
 * onboarding and importer on a fresh database (the test harness), times a plain PostgreSQL COPY of the same rows as
 * the baseline, and the writes a run makes of them set-based by PostgreSQL alone (./writes-baseline.ts) as a
 * second, then uploads the file as a new institution's manual import (analysis and dry run inside the call), runs it
 * (every row creates an account and a membership) and polls it until completed; then, once identity's events have
 * settled, the same file again as a new import (every row unchanged). Each app's RSS is sampled every 100 ms
 * throughout. Prints the figures as Markdown and keeps them in tmp/bench/ (also as JSON). Build the apps
 * first. BENCH_ROWS makes a smaller or larger file; BENCH_SECOND_RUN=0 leaves out the second import; BENCH_SETTLE_S
 * bounds the wait for directory to follow the first run's events (540 s by default: a 2-core machine needs most of it).
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { APP_NAMES, REPO_ROOT, TestSystem, withinTime } from '@careers/testing';
import { describeConditions } from '../shared/run-conditions';
import { Teardown } from '../shared/teardown';
import { ImporterBench, ImportPass, phaseSpans, report } from './bench-report';
import { DbActivity, PhaseActivity } from './db-activity';
import { institutionWithAdmin } from './career-services-admin';
import { copyBaseline, dropCopyTable } from './copy-baseline';
import { waitForEvents } from './event-settling';
import { ImportCall, run, upload } from './import-run';
import { recordImporterFigures } from './importer-figures';
import { findSystemProcesses, PhaseFigures, ProcessMonitor } from '../shared/process-monitor';
import { writeStudentsFile } from './students-file';
import { writesBaseline } from './writes-baseline';

const ROWS = Number(process.env['BENCH_ROWS'] ?? 100_000);
const SECOND_RUN = process.env['BENCH_SECOND_RUN'] !== '0';
/** How long to wait, after the first run, for identity's events to be published and followed before the second. */
const SETTLE_LIMIT_MS = Number(process.env['BENCH_SETTLE_S'] ?? 540) * 1000;
const APPS = APP_NAMES;
const MINUTE = 60_000;

const say = (line: string): void => void process.stdout.write(`[bench] ${line}\n`);

const STAMP = new Date().toISOString().replace(/[:.]/g, '-');
const REPORT_FILE = join(REPO_ROOT, 'tmp/bench', `importer-${STAMP}.md`);
const FIGURES_FILE = join(REPO_ROOT, 'tmp/bench', `importer-${STAMP}.json`);
const CSV_FILE = join(tmpdir(), `bench-importer-${process.pid}.csv`);

/** What a run that fails half-way has measured so far, kept all the same. */
let partial: Record<string, unknown> | undefined;

const teardown = new Teardown(say);
teardown.add(() => rmSync(CSV_FILE, { force: true }));

async function main(): Promise<void> {
  say(`writing a ${ROWS}-row Students file to ${CSV_FILE}`);
  const file = await writeStudentsFile(CSV_FILE, ROWS);
  say(`${file.bytes} bytes (${(file.bytes / 1e6).toFixed(1)} MB)`);

  say(`starting ${APPS.join(', ')} on a fresh database`);
  const started = await TestSystem.start({ apps: [...APPS] });
  teardown.add(() => started.stop());
  const { institutionId, token } = await institutionWithAdmin(started);
  const call: ImportCall = { api: started.api, institutionId, token };

  const watched = findSystemProcesses(APPS);
  say(`sampling ${watched.map(({ name, pid }) => `${name} (${pid})`).join(', ')}`);
  const monitor = new ProcessMonitor(watched);
  const activity = await DbActivity.start(started.db.url);
  const activities: PhaseActivity[] = [];
  const phases: PhaseFigures[] = [];
  /** A phase measured by the process monitor and the database sampler. */
  const measure: Measure = async (phase, work) => {
    activity.take('before');
    const measured = await monitor.phase(phase, work);
    activities.push(activity.take(phase));
    phases.push(measured.figures);
    return measured;
  };
  try {
    // Without autovacuum nothing analyzes the tables the import fills: the plans of the lookups depend on it.
    const [{ autovacuum }] = await started.db.query<{ autovacuum: string }>(
      `select current_setting('autovacuum') as autovacuum`,
    );
    const conditions = [
      ...(await describeConditions(started.db)),
      `autovacuum=${autovacuum}`,
      `${APPS.join(', ')} from their dist/ builds (the test harness: a fresh database and nats-server), with PostgreSQL, NATS and the bench on the same machine`,
      `one fresh institution; a manual Students import by a career services admin; polls every ~100 ms`,
    ];

    say('COPY baseline');
    const copy = await measure('COPY', () =>
      withinTime('the COPY', 5 * MINUTE, () => copyBaseline(started.db, file.path)),
    );
    say(`COPY of ${copy.value.rows} rows: ${copy.value.ms.toFixed(0)} ms`);
    say('writes baseline');
    const writes = await measure('writes', () =>
      withinTime('the writes baseline', 5 * MINUTE, () => writesBaseline(started.db)),
    );
    await dropCopyTable(started.db);
    say(`the run's writes of ${writes.value.rows} rows, set-based: ${writes.value.ms.toFixed(0)} ms`);

    const passes: ImportPass[] = [];
    partial = {
      file,
      copy: copy.value,
      writes: writes.value,
      passes,
      peaks: () => monitor.peaks(),
      activities,
      phases,
    };
    passes.push(await importPass(measure, call, 'first import (all create)', 'upload 1', 'run 1', file.path));

    let settling: ImporterBench['settling'];
    if (SECOND_RUN) {
      // Every account identity has should have its replica in directory once the events are followed.
      const [{ users }] = await started.db.query<{ users: number }>(
        `select count(*)::int as users from identity.user_account`,
      );
      say(`waiting for identity's events to settle (at most ${SETTLE_LIMIT_MS / 1000} s)`);
      const settled = await measure('events settling', () =>
        waitForEvents(started.db, users, SETTLE_LIMIT_MS),
      );
      settling = settled.value;
      say(`settling: ${JSON.stringify(settled.value)}`);
      passes.push(
        await importPass(measure, call, 'second import (all unchanged)', 'upload 2', 'run 2', file.path),
      );
    }

    const [{ members }] = await started.db.query<{ members: number }>(
      `select count(*)::int as members from identity.membership where institution_id = $1`,
      [institutionId],
    );
    say(`members of the institution after the runs: ${members} (${ROWS} students + the staff member)`);
    // What a run keeps of each row's decision (its outcome, changes and what it sent), as stored.
    const [decisions] = await started.db.query<{ rows: number; bytes: number; json_bytes: number }>(
      `select count(*)::int as rows, coalesce(avg(pg_column_size(d.*)), 0)::int as bytes,
              coalesce(avg(coalesce(pg_column_size(d."changes"), 0) + coalesce(pg_column_size(d."apply"), 0)), 0)::int
                as json_bytes
         from importer.import_run_row d`,
    );
    say(
      `run decisions stored: ${decisions.rows} rows, ${decisions.bytes} bytes a row (${decisions.json_bytes} of them its changes and what it sent)`,
    );

    const bench: ImporterBench = {
      conditions,
      file,
      copy: copy.value,
      writes: writes.value,
      passes,
      settling,
      peaks: monitor.peaks(),
      apps: APPS,
      activity: activities,
      phases,
    };
    const markdown = report(
      bench,
      watched.map(({ name }) => name),
    );
    process.stdout.write(`\n${markdown}\n\n`);
    mkdirSync(join(REPO_ROOT, 'tmp/bench'), { recursive: true });
    writeFileSync(REPORT_FILE, `${markdown}\n`);
    writeFileSync(FIGURES_FILE, `${JSON.stringify({ ...bench, members }, null, 2)}\n`);
    recordImporterFigures(bench);
    say(`report kept in ${REPORT_FILE} and ${FIGURES_FILE}`);
    partial = undefined;
  } finally {
    if (partial) {
      mkdirSync(join(REPO_ROOT, 'tmp/bench'), { recursive: true });
      const { peaks, ...measured } = partial;
      writeFileSync(
        FIGURES_FILE,
        `${JSON.stringify({ failed: true, ...measured, peaks: (peaks as () => unknown)() }, null, 2)}\n`,
      );
      say(`failed half-way: what was measured is kept in ${FIGURES_FILE}`);
    }
    monitor.stop();
    await activity.stop();
  }
}

type Measure = <T>(phase: string, work: () => Promise<T>) => Promise<{ value: T; figures: PhaseFigures }>;

/** One upload and its run, each a measured phase. */
async function importPass(
  measure: Measure,
  call: ImportCall,
  label: string,
  uploadPhase: string,
  runPhase: string,
  path: string,
): Promise<ImportPass> {
  say(`${label}: uploading`);
  const uploaded = await measure(uploadPhase, () =>
    withinTime('the upload', 3 * MINUTE, () => upload(call, path)),
  );
  const { reply } = uploaded.value;
  say(
    `${label}: 202 after ${uploaded.value.acceptedMs.toFixed(0)} ms, analysed after ${uploaded.value.ms.toFixed(0)} ms; ${reply.rows} rows, ${reply.errors} errors, ${reply.warnings} warnings; plan ${JSON.stringify(uploaded.value.planCounts)}`,
  );
  let lastSaid = 0;
  const ran = await measure(runPhase, () =>
    run(call, reply.id, 10 * MINUTE, (point) => {
      if (point.atMs - lastSaid < 1000) return;
      lastSaid = point.atMs;
      say(`  ${(point.atMs / 1000).toFixed(1)} s: ${point.phase}, ${point.processed} processed`);
    }),
  );
  const done = ran.value;
  say(
    `${label}: ${done.final.status} after ${(done.ms / 1000).toFixed(1)} s (${phaseSpans(done)
      .map((span) => `${span.phase} ${(span.ms / 1000).toFixed(1)} s`)
      .join(', ')}); counts ${JSON.stringify(done.final.run?.counts)}`,
  );
  return {
    label,
    upload: uploaded.value,
    run: done,
  };
}

teardown.runMain(main);

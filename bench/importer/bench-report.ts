import { markdownTable, ms } from '../shared/markdown-table';
import type { CopyBaseline } from './copy-baseline';
import type { WritesBaseline } from './writes-baseline';
import type { PhaseActivity } from './db-activity';
import type { EventSettling } from './event-settling';
import type { Run, Upload } from './import-run';
import type { PhaseFigures } from '../shared/process-monitor';
import type { StudentsFile } from './students-file';

/** The issue's targets. */
export const UPLOAD_TARGET_MS = 5_000;
export const RUN_TARGET_MS = 10_000;
export const RSS_TARGET_MIB = 512;

export interface ImportPass {
  label: string;
  upload: Upload;
  run: Run;
}

export interface ImporterBench {
  conditions: string[];
  file: StudentsFile;
  copy: CopyBaseline;
  /** The run's writes of the same rows, by PostgreSQL alone. */
  writes: WritesBaseline;
  passes: ImportPass[];
  settling?: EventSettling;
  /** Peak RSS of each app over the whole bench, MiB. */
  peaks: Record<string, number>;
  apps: readonly string[];
  /** What the test database's sessions were doing, sampled, by phase. */
  activity: PhaseActivity[];
  /** Every measured phase's process figures, in the order they ran. */
  phases: PhaseFigures[];
}

const msFigure = (value: number): string => (value >= 1000 ? number(value) : ms(value));
const seconds = (value: number): string => `${(value / 1000).toFixed(1)} s`;
const number = (value: number): string => Math.round(value).toLocaleString('en');
const verdict = (met: boolean): string => (met ? 'met' : 'MISSED');
const rowsPerSecond = (rows: number, took: number): number => rows / (took / 1000);

/** checking 3.1 s, writing 5.2 s: the time from the POST to the first poll that saw each next phase. */
export function phaseSpans(run: Run): Array<{ phase: string; ms: number }> {
  return run.phases.flatMap((point, index) => {
    const next = run.phases[index + 1];
    return next ? [{ phase: point.phase, ms: next.atMs - point.atMs }] : [];
  });
}

export function figuresTable(bench: ImporterBench): string {
  const { file, copy, writes, passes } = bench;
  const copyRate = rowsPerSecond(copy.rows, copy.ms);
  const writesRate = rowsPerSecond(writes.rows, writes.ms);
  const rows: string[][] = [
    ['file', `${number(file.rows)} rows, ${(file.bytes / 1e6).toFixed(1)} MB`, '', ''],
    [
      'COPY of the same rows (fresh table, unique email and username)',
      `${msFigure(copy.ms)} ms (${number(copyRate)} rows/s)`,
      '',
      '',
    ],
    [
      "the run's writes of the same rows, set-based, by PostgreSQL alone (account, membership, replica, decision)",
      `${msFigure(writes.ms)} ms (${number(writesRate)} rows/s, 1 : ${(copyRate / writesRate).toFixed(1)} of COPY)`,
      '',
      '',
    ],
  ];
  for (const pass of passes) {
    const { upload, run } = pass;
    const rate = rowsPerSecond(run.final.rows, run.ms);
    rows.push(
      [
        `${pass.label}: upload with analysis and dry run (201)`,
        `${msFigure(upload.ms)} ms`,
        `${number(UPLOAD_TARGET_MS)} ms`,
        verdict(upload.ms <= UPLOAD_TARGET_MS),
      ],
      [`${pass.label}: run, POST (202)`, `${msFigure(run.postMs)} ms`, '', ''],
      [
        `${pass.label}: run, POST to ${run.final.status}`,
        seconds(run.ms),
        seconds(RUN_TARGET_MS),
        verdict(run.ms <= RUN_TARGET_MS && run.final.status === 'completed'),
      ],
      ...phaseSpans(run).map((span) => [`  of which ${span.phase}`, seconds(span.ms), '', '']),
      [
        `${pass.label}: run, rows per second (÷ COPY's)`,
        `${number(rate)} (${((rate / copyRate) * 100).toFixed(1)}%, 1 : ${(copyRate / rate).toFixed(0)})`,
        '',
        '',
      ],
      [`${pass.label}: run ÷ its writes by PostgreSQL alone`, `${(run.ms / writes.ms).toFixed(1)}`, '', ''],
    );
  }
  for (const app of bench.apps) {
    const peak = bench.peaks[app] ?? 0;
    rows.push([
      `peak RSS, ${app}`,
      `${peak.toFixed(0)} MiB`,
      `${RSS_TARGET_MIB} MiB`,
      verdict(peak < RSS_TARGET_MIB),
    ]);
  }
  return markdownTable(['measure', 'figure', 'target', ''], rows);
}

export function outcomesTable(passes: ImportPass[]): string {
  return markdownTable(
    ['import', 'rows', 'errors', 'warnings', 'plan (dry run)', 'run counts', 'server-side run'],
    passes.map((pass) => [
      pass.label,
      number(pass.upload.reply.rows),
      number(pass.upload.reply.errors),
      number(pass.upload.reply.warnings),
      counts(pass.upload.planCounts),
      counts(pass.run.final.run?.counts ?? {}),
      pass.run.serverMs === null ? '' : seconds(pass.run.serverMs),
    ]),
  );
}

function counts(byOutcome: Record<string, number>): string {
  return Object.entries(byOutcome)
    .filter(([, count]) => count > 0)
    .map(([outcome, count]) => `${outcome} ${number(count)}`)
    .join(', ');
}

/** Each phase's peak RSS and CPU seconds by process, and how busy the machine was. */
export function processTable(phases: PhaseFigures[], watched: readonly string[]): string {
  const names = [...watched, 'postgres', 'bench'];
  const rows = names.map((name) => [
    name,
    ...phases.map((phase) => {
      const rss = phase.peakRssMiB[name];
      const cpu = phase.cpuSeconds[name] ?? 0;
      return rss === undefined ? cpu.toFixed(1) : `${cpu.toFixed(1)} / ${rss.toFixed(0)}`;
    }),
  ]);
  rows.push(
    [
      'not these processes (other work on the machine)',
      ...phases.map((phase) => {
        const ours = Object.values(phase.cpuSeconds).reduce((sum, value) => sum + value, 0);
        return Math.max(0, phase.machineBusySeconds - ours).toFixed(1);
      }),
    ],
    [
      `**machine busy, of ${phases[0]?.cores ?? '?'} cores × wall time**`,
      ...phases.map(
        (phase) =>
          `${phase.machineBusySeconds.toFixed(1)} of ${((phase.cores * phase.ms) / 1000).toFixed(1)} (${(
            (phase.machineBusySeconds / ((phase.cores * phase.ms) / 1000)) *
            100
          ).toFixed(0)}%)`,
      ),
    ],
    [
      'load average (1 min), start → end',
      ...phases.map((phase) => `${phase.load1Start.toFixed(2)} → ${phase.load1End.toFixed(2)}`),
    ],
  );
  return markdownTable(
    ['process: CPU s / peak RSS MiB', ...phases.map((phase) => `${phase.phase} (${seconds(phase.ms)})`)],
    rows,
  );
}

export function settlingLine(settling: EventSettling, created: number): string {
  const at = (value: number | null): string =>
    value === null ? 'not within the wait' : `after ${seconds(value)}`;
  return (
    `After the first run (${number(created)} accounts created): identity's outbox empty ${at(settling.outboxEmptyMs)}` +
    ` (${number(settling.outboxLeft)} events left), directory's user replicas complete ${at(settling.replicasMs)}` +
    ` (${number(settling.replicasAtStart)} replicas when the run ended, ${number(settling.replicas)} of ${number(settling.replicasExpected)} at the last look), waited ${seconds(settling.waitedMs)}.`
  );
}

export function report(bench: ImporterBench, watched: readonly string[]): string {
  return [
    `### Importer: a ${number(bench.file.rows)}-row Students file`,
    '',
    ...bench.conditions.map((line) => `- ${line}`),
    '',
    figuresTable(bench),
    '',
    outcomesTable(bench.passes),
    '',
    ...(bench.settling
      ? [settlingLine(bench.settling, bench.passes[0]?.run.final.run?.counts['create'] ?? 0), '']
      : []),
    'The run as the polls saw it (ms after the POST, rows processed):',
    '',
    ...bench.passes.map(
      (pass) =>
        `- ${pass.label}: ${pass.run.phases.map((point) => `${point.phase} at ${ms(point.atMs)} (${number(point.processed)})`).join(', ')}; ${pass.run.polls} polls, ${pass.run.failedPolls} failed, slowest ${ms(pass.run.slowestPollMs)} ms`,
    ),
    '',
    ...activitySection(bench.activity),
    'By phase, each process (RSS sampled every 100 ms; postgres is all of the server, no RSS: its shared buffers would count in every backend):',
    '',
    processTable(bench.phases, watched),
  ].join('\n');
}

/** Per phase, the statements (or the waits inside transactions) the database sampler saw most often. */
export function activitySection(activity: PhaseActivity[]): string[] {
  return [
    "The test database's sessions, sampled every 250 ms (share of samples in which a session was doing this, and when the statement was first seen in the phase):",
    '',
    ...activity.map(
      (phase) =>
        `- ${phase.phase} (${phase.samples} samples): ${
          phase.top
            .map(
              (one) =>
                `${one.what} ${((one.samples / Math.max(1, phase.samples)) * 100).toFixed(0)}% (first at ${seconds(one.firstSeenMs)})`,
            )
            .join('; ') || 'nothing'
        }`,
    ),
    '',
  ];
}

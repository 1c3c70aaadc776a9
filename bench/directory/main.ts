/**
 * `npm run bench:directory`: the address book's search at scale. Starts gateway, identity and directory on a fresh
 * database (the test harness), loads one institution with 1,000,000 contacts, times pages of 50 through the gateway
 * and resolving ~50,000 contacts over NATS, samples each app's RSS, prints the figures as Markdown (also kept in
 * tmp/bench/; and as JSON lines in BENCH_FIGURES_FILE when set), and stops. Build the apps first. BENCH_CONTACTS and
 * BENCH_ROUNDS make a smaller or longer run.
 */
import { appendFileSync, mkdirSync } from 'node:fs';
import { loadavg } from 'node:os';
import { dirname, join } from 'node:path';
import type { ContactFilter } from '@careers/contracts';
import { AppName, REPO_ROOT, TestSystem, createInstitution, withinTime } from '@careers/testing';
import { FigureLog } from '../shared/bench-figures';
import { peakMemoryLine } from '../shared/markdown-table';
import { natsServiceClient } from '../shared/nats-service-client';
import { findSystemProcesses, ProcessMonitor } from '../shared/process-monitor';
import { describeConditions } from '../shared/run-conditions';
import { Teardown } from '../shared/teardown';
import { loadAddressBook, LoadedLabel } from '../shared/address-book-loader';
import { recordDirectoryFigures } from './directory-figures';
import {
  conditionsSection,
  loadSection,
  ResolveResult,
  resolveSection,
  searchSection,
  targetsSection,
} from './bench-report';
import { walkResolve } from '../shared/resolve-walk';
import { SamplePerson, searchCases } from './search-cases';
import { measureSearchLatency } from './search-latency';
import { storageSizes } from './storage-sizes';

const CONTACTS = Number(process.env['BENCH_CONTACTS'] ?? 1_000_000);
const ROUNDS = Number(process.env['BENCH_ROUNDS'] ?? 30);
const WARM_UP_ROUNDS = 3;
const RESOLVE_WALKS = 3;
const RESOLVE_TARGET_CONTACTS = 50_000;
const MINUTE = 60_000;
const APPS: AppName[] = ['gateway', 'identity', 'directory'];

const say = (line: string): void => void process.stdout.write(`[bench] ${line}\n`);

const REPORT_FILE = join(
  REPO_ROOT,
  'tmp/bench',
  `directory-${new Date().toISOString().replace(/[:.]/g, '-')}.md`,
);

/** Prints a section of the report and keeps it in REPORT_FILE, so a run that fails later still leaves its figures. */
function report(section: string): void {
  process.stdout.write(`\n${section}\n\n`);
  mkdirSync(dirname(REPORT_FILE), { recursive: true });
  appendFileSync(REPORT_FILE, `${section}\n\n`);
}

/** The 1-minute load average at the start of a phase and at its end (2 means both cores were busy). */
function loadAverage(): { meanwhile(): string } {
  const before = loadavg()[0];
  return {
    meanwhile: () =>
      `Load average (1 min): ${before.toFixed(2)} at the start, ${loadavg()[0].toFixed(2)} at the end.`,
  };
}

const teardown = new Teardown(say);

async function main(): Promise<void> {
  say(`starting ${APPS.join(', ')} on a fresh database`);
  // A slow plan should show as a slow figure, not as the gateway's 504.
  const started = await TestSystem.start({
    apps: APPS,
    env: { REQUEST_TIMEOUT_MS: '60000' },
  });
  teardown.add(() => started.stop());
  const sampled = new ProcessMonitor(findSystemProcesses(APPS));
  teardown.add(() => sampled.stop());
  const { api, db } = started;
  const institutionId = await createInstitution(started, await started.adminToken(), 'Benchmark University');
  report(
    conditionsSection([
      ...(await describeConditions(db)),
      `one institution, ${CONTACTS} contacts; gateway, identity and directory run from their dist/ builds, on the same machine as PostgreSQL, NATS and the bench`,
    ]),
  );

  say(`loading ${CONTACTS} contacts`);
  const loaded = await withinTime('loading the address book', 30 * MINUTE, () =>
    loadAddressBook(db, institutionId, CONTACTS, (step, ms) => say(`  ${step}: ${(ms / 1000).toFixed(1)} s`)),
  );

  report(loadSection(loaded, await storageSizes(db)));

  const people = await db.query<SamplePerson & Record<string, unknown>>(
    `select first_name as "firstName", last_name as "lastName", email from directory.contact
     where institution_id = $1 and archived_at is null order by id limit 60`,
    [institutionId],
  );
  const cases = searchCases(people, loaded.labels);
  say(`timing ${cases.length} queries × ${ROUNDS} rounds (after ${WARM_UP_ROUNDS} warm-up rounds)`);
  const searchLoad = loadAverage();
  const search = await withinTime('timing the searches', 10 * MINUTE, async () =>
    measureSearchLatency({
      api,
      token: await started.adminToken(),
      institutionId,
      cases,
      rounds: ROUNDS,
      warmUpRounds: WARM_UP_ROUNDS,
    }),
  );

  report(searchSection(search, searchLoad.meanwhile()));

  const resolveLoad = loadAverage();
  const resolve = await withinTime('resolving filters', 5 * MINUTE, () =>
    resolveFilters(started, institutionId, loaded.labels),
  );
  report(resolveSection(resolve, resolveLoad.meanwhile()));
  report(targetsSection(search, resolve));
  report(peakMemoryLine(sampled.peaks()));
  recordDirectoryFigures(
    new FigureLog(
      'directory',
      `${CONTACTS.toLocaleString('en')} contacts in one institution; ${ROUNDS} rounds of ${cases.length} queries, one request at a time`,
    ),
    search,
    resolve,
    sampled.peaks(),
  );
  say(`report kept in ${REPORT_FILE}`);
}

/** A label and a source of about 50,000 live contacts each, resolved a few times over. */
async function resolveFilters(
  started: TestSystem,
  institutionId: string,
  labels: LoadedLabel[],
): Promise<ResolveResult[]> {
  const label = labels.reduce((best, one) =>
    Math.abs(one.contacts - RESOLVE_TARGET_CONTACTS) < Math.abs(best.contacts - RESOLVE_TARGET_CONTACTS)
      ? one
      : best,
  );
  const filters: { name: string; filter: ContactFilter }[] = [
    { name: `label "${label.name}"`, filter: { labelId: [label.id] } },
    { name: 'source connection_request', filter: { source: ['connection_request'] } },
  ];
  const services = natsServiceClient(started.nats.url, 60_000);
  try {
    const results: ResolveResult[] = [];
    for (const { name, filter } of filters) {
      say(`resolving ${name}, ${RESOLVE_WALKS} times`);
      const walks = [];
      for (let run = 0; run < RESOLVE_WALKS; run++)
        walks.push(await walkResolve(services, institutionId, filter));
      results.push({ filter: name, walks });
    }
    return results;
  } finally {
    await services.onApplicationShutdown();
  }
}

teardown.runMain(main);

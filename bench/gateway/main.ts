/**
 * `npm run bench:gateway`: a read through the whole system against what a team would build instead, and against the
 * two hops it is made of. Starts gateway, identity and directory on a fresh database (the test harness), loads one
 * institution with 10,000 contacts, then GETs a page of 50 contacts through the gateway with autocannon (gateway →
 * NATS → directory → PostgreSQL and back) and, under the same loads in the same run: the same page from a monolith
 * (one Fastify process verifying the same token and running directory's statements on the same PostgreSQL: the
 * comparison the targets are set against, see monolith-target.ts), from a bare Fastify handler and from a bare NATS
 * responder on the same nats-server (the cost floors of an HTTP request and of a NATS hop), each in its own process
 * as the apps are. Samples every process's RSS.
 * Two loads: a fixed rate over one connection (each request alone in the system: the latency of a read), then ten
 * connections as fast as answered (the most each serves a second, and the latency under that load). autocannon sends
 * a second's share of a fixed rate back to back, so over several connections a fixed rate would queue requests
 * behind each other and measure the queue. Prints the figures as Markdown (also kept in tmp/bench/; and as JSON lines
 * in BENCH_FIGURES_FILE when set). Build the apps first. BENCH_CONTACTS, BENCH_RATE (req/s), BENCH_SECONDS,
 * BENCH_WARM_UP_SECONDS and BENCH_CONNECTIONS (of the saturating load) change the run.
 */
import { rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { isDeepStrictEqual } from 'node:util';
import { dirname, join } from 'node:path';
import { connect, JSONCodec } from 'nats';
import { ContactPageReply, IdentitySubjects, SigningKeysReply } from '@careers/contracts';
import { AppName, TestSystem, createInstitution, withinTime } from '@careers/testing';
import { loadAddressBook } from '../shared/address-book-loader';
import { FigureLog } from '../shared/bench-figures';
import { peakMemoryLine } from '../shared/markdown-table';
import { findSystemProcesses, ProcessMonitor } from '../shared/process-monitor';
import { natsServiceClient } from '../shared/nats-service-client';
import { keepReport } from '../shared/report-file';
import { describeConditions } from '../shared/run-conditions';
import { Teardown } from '../shared/teardown';
import { BaselineProcess } from './baseline-process';
import { gatewayReport, TargetResult } from './bench-report';
import { recordGatewayFigures } from './gateway-figures';
import { httpAtRate } from './http-at-rate';
import { natsAtRate } from './nats-at-rate';
import { MONOLITH_TARGETS, MonolithTarget, versusMonolith } from './monolith-target';
import { describePlan, rateFigures, RatePlan, RateRun } from './rate-plan';

const CONTACTS = Number(process.env['BENCH_CONTACTS'] ?? 10_000);
const WARM_UP_SECONDS = Number(process.env['BENCH_WARM_UP_SECONDS'] ?? 5);
const SECONDS = Number(process.env['BENCH_SECONDS'] ?? 15);
const PLANS: Array<{ plan: RatePlan; versusMonolith: MonolithTarget }> = [
  {
    plan: {
      name: 'fixed rate',
      rate: Number(process.env['BENCH_RATE'] ?? 50),
      seconds: SECONDS,
      connections: 1,
    },
    versusMonolith: MONOLITH_TARGETS['fixed rate'],
  },
  {
    plan: {
      name: 'saturation',
      seconds: SECONDS,
      connections: Number(process.env['BENCH_CONNECTIONS'] ?? 10),
    },
    versusMonolith: MONOLITH_TARGETS.saturation,
  },
];
const APPS: AppName[] = ['gateway', 'identity', 'directory'];
const PAGE_SIZE = 50;
/** The bare responder's subject: the bench's own, on the harness's private nats-server. */
const BARE_SUBJECT = 'bench.contact.page';
const MINUTE = 60_000;

const say = (line: string): void => void process.stdout.write(`[bench] ${line}\n`);
const teardown = new Teardown(say);

/** What the load is aimed at: the gateway, or a baseline. */
interface Target {
  name: string;
  drive(plan: RatePlan): Promise<RateRun>;
}

async function main(): Promise<void> {
  say(`starting ${APPS.join(', ')} on a fresh database`);
  const system = await TestSystem.start({ apps: APPS });
  teardown.add(() => system.stop());
  const admin = await system.adminToken();
  const institutionId = await createInstitution(system, admin, 'Bench University');
  say(`loading ${CONTACTS} contacts`);
  await withinTime('loading the address book', 5 * MINUTE, () =>
    loadAddressBook(system.db, institutionId, CONTACTS),
  );

  const path = `/v1/institutions/${institutionId}/contacts?limit=${PAGE_SIZE}`;
  const page = await system.api.get<ContactPageReply>(path, admin);
  if (page.status !== 200 || page.body.items.length !== PAGE_SIZE) {
    throw new Error(`GET ${path} answered ${page.status} with ${JSON.stringify(page.body).slice(0, 300)}`);
  }
  const pageFile = join(tmpdir(), `bench-gateway-page-${process.pid}.json`);
  writeFileSync(pageFile, JSON.stringify(page.body));
  teardown.add(() => rmSync(pageFile, { force: true }));

  const keysFile = join(tmpdir(), `bench-gateway-keys-${process.pid}.json`);
  writeFileSync(keysFile, JSON.stringify(await signingKeys(system.nats.url)));
  teardown.add(() => rmSync(keysFile, { force: true }));
  const monolith = await BaselineProcess.start(
    'a monolith (Fastify, the same token and SQL)',
    'bench/gateway/monolith-server.ts',
    [system.db.url, keysFile, join(dirname(system.app('gateway').logFile), 'monolith.log')],
  );
  teardown.add(() => monolith.stop());
  await mustAnswerTheSamePage(`http://127.0.0.1:${monolith.ready}${path}`, admin, page.body);
  const bareHttp = await BaselineProcess.start(
    'a bare Fastify handler',
    'bench/gateway/bare-http-server.ts',
    [pageFile],
  );
  teardown.add(() => bareHttp.stop());
  const bareNats = await BaselineProcess.start(
    'a bare NATS request/reply',
    'bench/gateway/bare-nats-responder.ts',
    [system.nats.url, BARE_SUBJECT, pageFile],
  );
  teardown.add(() => bareNats.stop());
  const nats = await connect({ servers: system.nats.url });
  teardown.add(() => nats.close());

  const monitor = new ProcessMonitor([
    ...findSystemProcesses(APPS),
    { name: 'monolith', pid: monolith.pid },
    { name: 'bare-fastify', pid: bareHttp.pid },
    { name: 'bare-nats-responder', pid: bareNats.pid },
  ]);
  teardown.add(() => monitor.stop());

  const listCommand = JSONCodec().encode({ institutionId, limit: PAGE_SIZE });
  const targets: Target[] = [
    {
      name: 'gateway → NATS → directory → PostgreSQL',
      drive: (plan) => httpAtRate(`${system.api.baseUrl}${path}`, { authorization: `Bearer ${admin}` }, plan),
    },
    {
      name: monolith.name,
      drive: (plan) =>
        httpAtRate(`http://127.0.0.1:${monolith.ready}${path}`, { authorization: `Bearer ${admin}` }, plan),
    },
    {
      name: bareHttp.name,
      drive: (plan) => httpAtRate(`http://127.0.0.1:${bareHttp.ready}${path}`, {}, plan),
    },
    { name: bareNats.name, drive: (plan) => natsAtRate(nats, BARE_SUBJECT, listCommand, plan) },
  ];

  const page50 = `a page of ${PAGE_SIZE} of ${CONTACTS.toLocaleString('en')} contacts`;
  const sections = [
    ...(await describeConditions(system.db)).map((line) => `- ${line}`),
    `- autocannon drives both HTTP targets; the NATS baseline is driven the same way by the bench over one connection (autocannon speaks only HTTP)`,
    `- ${APPS.join(', ')} from their dist/ builds; the monolith verifies the same token and runs directory's statements for the page on the same PostgreSQL, logging a line a request; the bare baselines answer the same page from memory; each serializes per request, in its own process; PostgreSQL, NATS and the load generator on the same machine`,
  ];
  let failed = 0;
  for (const { plan, versusMonolith: target } of PLANS) {
    const conditions = `${page50}, ${describePlan(plan, WARM_UP_SECONDS)}`;
    const [gateway, ...baselines] = await measureEach(monitor, targets, plan);
    const figures = new FigureLog('gateway', conditions);
    sections.push('', gatewayReport(conditions, gateway, baselines));
    sections.push(versusMonolith(figures, plan.name, target, gateway, baselines[0]));
    recordGatewayFigures(figures, plan.name, gateway, baselines);
    failed += [gateway, ...baselines].reduce((sum, one) => sum + one.figures.failed, 0);
  }
  sections.push('', peakMemoryLine(monitor.peaks()));
  say(`report kept in ${keepReport('gateway', sections.join('\n'))}`);
  new FigureLog('gateway', `${page50}, both loads`).addPeakMemory(monitor.peaks());
  if (failed > 0)
    throw new Error(`${failed} requests failed (see the table): the figures are not of reads alone`);
}

/** Identity's token keys as the gateway asks for them, for the monolith to verify the same tokens with. */
async function signingKeys(natsUrl: string): Promise<SigningKeysReply> {
  const services = natsServiceClient(natsUrl, 10_000);
  try {
    return await services.request(IdentitySubjects.signingKeys, {});
  } finally {
    await services.onApplicationShutdown();
  }
}

/** The monolith is a baseline only if it does the same work: the same page, field for field, for the same token. */
async function mustAnswerTheSamePage(url: string, token: string, page: ContactPageReply): Promise<void> {
  const response = await fetch(url, { headers: { authorization: `Bearer ${token}` } });
  const body: unknown = await response.json();
  if (response.status !== 200 || !isDeepStrictEqual(body, page)) {
    throw new Error(
      `the monolith answered ${response.status} with another page: ${JSON.stringify(body).slice(0, 300)}`,
    );
  }
}

/** Each target in turn under the plan: a warm-up, then the measured load, with each process's peak RSS meanwhile. */
async function measureEach(
  monitor: ProcessMonitor,
  targets: Target[],
  plan: RatePlan,
): Promise<TargetResult[]> {
  const results: TargetResult[] = [];
  for (const target of targets) {
    say(`${target.name}: ${describePlan(plan, WARM_UP_SECONDS)}`);
    const limitMs = (WARM_UP_SECONDS + plan.seconds) * 1000 + MINUTE;
    results.push(
      await withinTime(target.name, limitMs, async () => {
        await target.drive({ ...plan, seconds: WARM_UP_SECONDS });
        const measured = await monitor.phase(`${target.name}, ${plan.name}`, () => target.drive(plan));
        return {
          name: target.name,
          figures: rateFigures(measured.value),
          peakRssMiB: measured.figures.peakRssMiB,
        };
      }),
    );
  }
  return results;
}

teardown.runMain(main);

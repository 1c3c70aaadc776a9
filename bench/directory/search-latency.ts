import type { ContactPageReply } from '@careers/contracts';
import type { ApiClient } from '@careers/testing';
import { LatencySummary, summarizeLatencies } from '../shared/latency-stats';
import { ListQuery, PAGE_SIZE, SearchCase } from './search-cases';

export interface CaseLatency {
  name: string;
  latency: LatencySummary;
  /** Contacts on the measured page, on average: a search that finds nothing is measured too, but said. */
  meanItems: number;
}

export interface SearchLatency {
  cases: CaseLatency[];
  overall: LatencySummary;
}

export interface LatencyRun {
  api: ApiClient;
  token: string;
  institutionId: string;
  cases: SearchCase[];
  rounds: number;
  warmUpRounds: number;
}

/**
 * Times each case's request through the gateway, one request at a time (latency, not throughput): the cases take
 * turns, round after round, so that no case runs only while the machine is busy with something else.
 */
export async function measureSearchLatency(run: LatencyRun): Promise<SearchLatency> {
  for (let round = 0; round < run.warmUpRounds; round++) {
    for (const searchCase of run.cases) await timePage(run, searchCase, run.rounds + round);
  }
  const samples = new Map(run.cases.map((searchCase) => [searchCase, [] as { ms: number; items: number }[]]));
  for (let round = 0; round < run.rounds; round++) {
    for (const searchCase of run.cases) samples.get(searchCase)?.push(await timePage(run, searchCase, round));
  }
  const cases = run.cases.map((searchCase) => {
    const taken = samples.get(searchCase) ?? [];
    return {
      name: searchCase.name,
      latency: summarizeLatencies(taken.map((sample) => sample.ms)),
      meanItems: taken.reduce((sum, sample) => sum + sample.items, 0) / taken.length,
    };
  });
  const all = [...samples.values()].flat().map((sample) => sample.ms);
  return { cases, overall: summarizeLatencies(all) };
}

async function timePage(
  run: LatencyRun,
  searchCase: SearchCase,
  round: number,
): Promise<{ ms: number; items: number }> {
  const query: ListQuery = { ...searchCase.query(round), limit: String(PAGE_SIZE) };
  if (searchCase.secondPage) {
    const first = await listContacts(run, query);
    if (!first.nextCursor) throw new Error(`${searchCase.name}: round ${round} has no second page`);
    query['cursor'] = first.nextCursor;
  }
  const started = performance.now();
  const page = await listContacts(run, query);
  return { ms: performance.now() - started, items: page.items.length };
}

async function listContacts(run: LatencyRun, query: ListQuery): Promise<ContactPageReply> {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(query)) {
    for (const one of Array.isArray(value) ? value : [value]) params.append(name, one);
  }
  const path = `/v1/institutions/${run.institutionId}/contacts?${params}`;
  const response = await run.api.get<ContactPageReply>(path, run.token);
  if (response.status !== 200) {
    throw new Error(`GET ${path} answered ${response.status}: ${JSON.stringify(response.body)}`);
  }
  return response.body;
}

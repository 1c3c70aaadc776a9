import { markdownTable, ms } from '../shared/markdown-table';
import type { LoadedAddressBook } from '../shared/address-book-loader';
import type { SearchLatency } from './search-latency';
import type { ResolveWalk } from '../shared/resolve-walk';

/** The issue's targets. Each section below is Markdown, printed as its phase ends. */
export const SEARCH_P95_TARGET_MS = 50;
export const RESOLVE_TARGET_MS = 2000;

export interface ResolveResult {
  filter: string;
  walks: ResolveWalk[];
}

/** The machine, the software and the data a run measured. */
export function conditionsSection(conditions: string[]): string {
  return ['## Conditions', ...conditions.map((line) => `- ${line}`)].join('\n');
}

export function loadSection(loaded: LoadedAddressBook, sizes: { relation: string; size: string }[]): string {
  return [
    '## Load',
    markdownTable(
      ['step', 'seconds'],
      loaded.steps.map((step) => [step.step, (step.ms / 1000).toFixed(1)]),
    ),
    '',
    markdownTable(
      ['label', 'contacts'],
      loaded.labels.map((label) => [label.name, String(label.contacts)]),
    ),
    '',
    markdownTable(
      ['relation', 'size'],
      sizes.map((one) => [one.relation, one.size]),
    ),
  ].join('\n');
}

/** `load` says how busy the machine was meanwhile: figures from a shared machine are only as good as that. */
export function searchSection(search: SearchLatency, load: string): string {
  return [
    `## A page of 50 through the gateway (ms; ${search.cases[0]?.latency.count ?? 0} requests per query)`,
    load,
    '',
    markdownTable(
      ['query', 'p50', 'p95', 'p99', 'max', 'items'],
      [
        ...search.cases.map((one) => [
          one.name,
          ms(one.latency.p50),
          ms(one.latency.p95),
          ms(one.latency.p99),
          ms(one.latency.max),
          one.meanItems.toFixed(0),
        ]),
        [
          `**all ${search.overall.count} requests**`,
          ms(search.overall.p50),
          ms(search.overall.p95),
          ms(search.overall.p99),
          ms(search.overall.max),
          '',
        ],
      ],
    ),
  ].join('\n');
}

export function resolveSection(resolve: ResolveResult[], load: string): string {
  return [
    '## Resolving a filter for a bulk invite (directory.contact.resolve, batches of up to 5,000)',
    load,
    '',
    markdownTable(
      ['filter', 'run', 'contacts', 'batches', 'total ms', 'slowest batch ms'],
      resolve.flatMap((one) =>
        one.walks.map((walk, run) => [
          one.filter,
          String(run + 1),
          String(walk.contacts),
          String(walk.batches),
          ms(walk.ms),
          ms(walk.slowestBatchMs),
        ]),
      ),
    ),
  ].join('\n');
}

/** Whether the issue's targets are met: the p95 of every query (not only of all requests), every resolve walk. */
export function targetsSection(search: SearchLatency, resolve: ResolveResult[]): string {
  const slowCases = search.cases.filter((one) => one.latency.p95 >= SEARCH_P95_TARGET_MS);
  const slowWalks = resolve.flatMap((one) => one.walks).filter((walk) => walk.ms >= RESOLVE_TARGET_MS);
  return [
    '## Targets',
    `- p95 of every query under ${SEARCH_P95_TARGET_MS} ms: ${
      slowCases.length === 0 ? 'met' : `NOT met by ${slowCases.map((one) => one.name).join(', ')}`
    } (all requests: p95 ${ms(search.overall.p95)} ms)`,
    `- every resolve walk under ${RESOLVE_TARGET_MS} ms: ${
      slowWalks.length === 0 ? 'met' : `NOT met (${slowWalks.map((walk) => ms(walk.ms)).join(', ')} ms)`
    }`,
  ].join('\n');
}

import { FigureLog } from '../shared/bench-figures';
import { ResolveResult, RESOLVE_TARGET_MS, SEARCH_P95_TARGET_MS } from './bench-report';
import type { SearchLatency } from './search-latency';

/** The directory's figures for `npm run bench`: the search's latencies, the resolve walks, each app's peak RSS. */
export function recordDirectoryFigures(
  figures: FigureLog,
  search: SearchLatency,
  resolve: ResolveResult[],
  peaks: Record<string, number>,
): void {
  const { overall } = search;
  for (const [name, value] of [
    ['p50', overall.p50],
    ['p95', overall.p95],
    ['p99', overall.p99],
  ] as const) {
    figures.add({ figure: `a page of 50 through the gateway, all queries: ${name}`, value, unit: 'ms' });
  }
  const slowest = search.cases.reduce((worst, one) => (one.latency.p95 > worst.latency.p95 ? one : worst));
  figures.add({
    figure: `a page of 50, p95 of the slowest query (${slowest.name})`,
    value: slowest.latency.p95,
    unit: 'ms',
    target: { atMost: SEARCH_P95_TARGET_MS },
  });
  for (const { filter, walks } of resolve) {
    figures.add({
      figure: `resolving ${filter}, slowest of ${walks.length} walks (${walks[0]?.contacts ?? 0} contacts)`,
      value: Math.max(...walks.map((walk) => walk.ms)),
      unit: 'ms',
      target: { atMost: RESOLVE_TARGET_MS },
    });
  }
  figures.addPeakMemory(peaks);
}

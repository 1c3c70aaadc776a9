import { markdownTable, ms } from '../shared/markdown-table';
import type { RateFigures } from './rate-plan';

/** One target of the load (the gateway or a baseline): its figures and the processes' peak RSS meanwhile. */
export interface TargetResult {
  name: string;
  figures: RateFigures;
  peakRssMiB: Record<string, number>;
}

const ratio = (value: number, baseline: number): string => `${(value / baseline).toFixed(1)}×`;

/** The gateway and its baselines side by side under one load, and the gateway's ratios to each baseline. */
export function gatewayReport(conditions: string, gateway: TargetResult, baselines: TargetResult[]): string {
  const results = [gateway, ...baselines];
  return [
    `### ${conditions}: through the gateway, a monolith doing the same work, and the two hops alone`,
    '',
    markdownTable(
      ['target', 'req/s', 'p50 ms', 'p95 ms', 'p99 ms', 'max ms', 'failed', 'peak RSS meanwhile (MiB)'],
      results.map(({ name, figures, peakRssMiB }) => [
        name,
        figures.throughput.toFixed(1),
        ms(figures.latency.p50),
        ms(figures.latency.p95),
        ms(figures.latency.p99),
        ms(figures.latency.max),
        String(figures.failed),
        Object.entries(peakRssMiB)
          .map(([process, mib]) => `${process} ${mib.toFixed(0)}`)
          .join(', '),
      ]),
    ),
    '',
    ...baselines.map(
      (baseline) =>
        `- the gateway ÷ ${baseline.name}: req/s ${ratio(gateway.figures.throughput, baseline.figures.throughput)}, p50 ${ratio(gateway.figures.latency.p50, baseline.figures.latency.p50)}, p99 ${ratio(gateway.figures.latency.p99, baseline.figures.latency.p99)}`,
    ),
  ].join('\n');
}

import { FigureLog } from '../shared/bench-figures';
import type { TargetResult } from './bench-report';

/** The gateway's throughput, p50 and p99 under one load, each against each baseline measured in the same run. */
export function recordGatewayFigures(
  figures: FigureLog,
  load: string,
  gateway: TargetResult,
  baselines: TargetResult[],
): void {
  for (const baseline of baselines) {
    for (const [figure, unit, value, baselineValue] of [
      ['throughput', 'req/s', gateway.figures.throughput, baseline.figures.throughput],
      ['p50', 'ms', gateway.figures.latency.p50, baseline.figures.latency.p50],
      ['p99', 'ms', gateway.figures.latency.p99, baseline.figures.latency.p99],
    ] as const) {
      figures.add({
        figure: `${load}: ${figure}`,
        value,
        unit,
        baseline: { name: baseline.name, value: baselineValue },
      });
    }
  }
}

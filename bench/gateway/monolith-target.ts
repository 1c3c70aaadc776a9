import { FigureLog, Target, targetMet } from '../shared/bench-figures';
import type { TargetResult } from './bench-report';

/** What the gateway path is held to against the monolith under one load: a ratio of one figure, gateway ÷ monolith. */
export interface MonolithTarget {
  figure: 'throughput' | 'p50';
  target: Target;
}

/** Issue 23: at saturation at least half the monolith's throughput; at a fixed rate at most twice its p50. */
export const MONOLITH_TARGETS: Record<'fixed rate' | 'saturation', MonolithTarget> = {
  'fixed rate': { figure: 'p50', target: { atMost: 2 } },
  saturation: { figure: 'throughput', target: { atLeast: 0.5 } },
};

const valueOf = (result: TargetResult, figure: MonolithTarget['figure']): number =>
  figure === 'throughput' ? result.figures.throughput : result.figures.latency.p50;

/** Records the ratio with its target and says, for the report, whether it is met. */
export function versusMonolith(
  figures: FigureLog,
  load: string,
  { figure, target }: MonolithTarget,
  gateway: TargetResult,
  monolith: TargetResult,
): string {
  const ratio = valueOf(gateway, figure) / valueOf(monolith, figure);
  figures.add({
    figure: `${load}: ${figure}, the gateway ÷ ${monolith.name}`,
    value: ratio,
    unit: '×',
    target,
  });
  const bound = 'atMost' in target ? `≤ ${target.atMost}×` : `≥ ${target.atLeast}×`;
  const verdict = targetMet(ratio, target) ? 'met' : 'MISSED';
  return `- **target**: the gateway's ${figure} ${bound} ${monolith.name}'s: ${ratio.toFixed(2)}×, ${verdict}`;
}

import { LatencySummary, summarizeLatencies } from '../shared/latency-stats';

/**
 * A load at a fixed rate, shaped as autocannon shapes it (`overallRate`): `connections` clients, each sending up to
 * its share of `rate` requests a second, one at a time, the next as soon as the last is answered; each client's
 * count starts again every second.
 */
export interface RatePlan {
  rate: number;
  seconds: number;
  connections: number;
}

/** What a load at a fixed rate got: every answered request's latency, from its sending to its answer. */
export interface RateRun {
  latenciesMs: number[];
  failed: number;
  seconds: number;
}

export interface RateFigures {
  /** Answered requests a second. */
  throughput: number;
  latency: LatencySummary;
  failed: number;
}

/** Each client's share of the rate, as autocannon splits it: the remainder goes to the first clients. */
export function clientRates(plan: RatePlan): number[] {
  return Array.from(
    { length: Math.min(plan.connections, plan.rate) },
    (_, client) => Math.floor(plan.rate / plan.connections) + (client < plan.rate % plan.connections ? 1 : 0),
  );
}

export function rateFigures(run: RateRun): RateFigures {
  return {
    throughput: run.latenciesMs.length / run.seconds,
    latency: summarizeLatencies(run.latenciesMs),
    failed: run.failed,
  };
}

export function describePlan(plan: RatePlan, warmUpSeconds: number): string {
  return `${plan.rate} req/s for ${plan.seconds} s after a ${warmUpSeconds} s warm-up, ${plan.connections} connections`;
}

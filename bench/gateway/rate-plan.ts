import { LatencySummary, summarizeLatencies } from '../shared/latency-stats';

/**
 * A load as autocannon shapes it: `connections` clients, each sending one request at a time, the next as soon as the
 * last is answered; with a `rate` (`overallRate`), each sends up to its share of it a second and waits for the next
 * second (so a second's requests leave together, back to back); without one, as fast as they are answered.
 */
export interface RatePlan {
  /** What the load is, for the report: "fixed rate", "saturation". */
  name: string;
  rate?: number;
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
export function clientRates(plan: RatePlan & { rate: number }): number[] {
  const { rate, connections } = plan;
  return Array.from(
    { length: Math.min(connections, rate) },
    (_, client) => Math.floor(rate / connections) + (client < rate % connections ? 1 : 0),
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
  const load = plan.rate === undefined ? 'as fast as answered' : `${plan.rate} req/s`;
  const connections = plan.connections === 1 ? '1 connection' : `${plan.connections} connections`;
  return `${plan.name}: ${load}, ${connections}, for ${plan.seconds} s after a ${warmUpSeconds} s warm-up`;
}

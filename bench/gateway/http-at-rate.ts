import autocannon from 'autocannon';
import type { RatePlan, RateRun } from './rate-plan';

/**
 * GETs a URL under the plan's load with autocannon, keeping each 200's latency as autocannon measured it (its own
 * percentiles are of whole milliseconds and corrected for a rate in a way that is not ours to read).
 */
export function httpAtRate(url: string, headers: Record<string, string>, plan: RatePlan): Promise<RateRun> {
  const latenciesMs: number[] = [];
  return new Promise((resolve, reject) => {
    const instance = autocannon(
      {
        url,
        headers,
        connections: plan.connections,
        ...(plan.rate === undefined ? {} : { overallRate: plan.rate }),
        duration: plan.seconds,
        timeout: 10,
      },
      (error: unknown, result) => {
        if (error) reject(error instanceof Error ? error : new Error(String(error)));
        else resolve({ latenciesMs, failed: result.non2xx + result.errors, seconds: result.duration });
      },
    );
    instance.on('response', (_client, statusCode, _bytes, responseTime) => {
      if (statusCode === 200) latenciesMs.push(responseTime);
    });
  });
}

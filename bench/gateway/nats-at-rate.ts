import type { NatsConnection } from 'nats';
import { setTimeout as delay } from 'node:timers/promises';
import { clientRates, RatePlan, RateRun } from './rate-plan';

const REQUEST_TIMEOUT_MS = 10_000;

/**
 * Requests a subject under the plan's load, shaped as autocannon's is (see RatePlan), over one NATS connection, as
 * the gateway asks a service over its one connection. autocannon speaks only HTTP: this loop is its NATS twin.
 */
export async function natsAtRate(
  nats: NatsConnection,
  subject: string,
  payload: Uint8Array,
  plan: RatePlan,
): Promise<RateRun> {
  const latenciesMs: number[] = [];
  let failed = 0;
  const started = performance.now();
  const end = started + plan.seconds * 1000;
  const ask = async (): Promise<void> => {
    const sentAt = performance.now();
    try {
      await nats.request(subject, payload, { timeout: REQUEST_TIMEOUT_MS });
      latenciesMs.push(performance.now() - sentAt);
    } catch {
      failed += 1;
    }
  };
  const pacedClient = async (perSecond: number): Promise<void> => {
    for (let second = started; second < end; second += 1000) {
      for (let sent = 0; sent < perSecond && performance.now() < end; sent++) await ask();
      await delay(Math.max(0, Math.min(second + 1000, end) - performance.now()));
    }
  };
  const eagerClient = async (): Promise<void> => {
    while (performance.now() < end) await ask();
  };
  const { rate } = plan;
  await Promise.all(
    rate === undefined
      ? Array.from({ length: plan.connections }, eagerClient)
      : clientRates({ ...plan, rate }).map(pacedClient),
  );
  return { latenciesMs, failed, seconds: (performance.now() - started) / 1000 };
}

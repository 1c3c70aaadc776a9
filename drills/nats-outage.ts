import type { TestSystem } from '@careers/testing';
import { setTimeout as delay } from 'node:timers/promises';
import type { Checks } from './drill';

export const OUTAGE_MS = 10_000;

/** Stops the system's NATS server for OUTAGE_MS, then starts it again on the same port and JetStream store. */
export async function natsOutage(system: TestSystem, checks: Checks): Promise<void> {
  await system.nats.stop();
  const stoppedAt = Date.now();
  checks.note(`NATS stopped`);
  await delay(OUTAGE_MS);
  await system.nats.restart();
  checks.note(`NATS started again after ${((Date.now() - stoppedAt) / 1000).toFixed(1)} s`);
}

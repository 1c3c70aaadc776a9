import { setTimeout as delay } from 'node:timers/promises';

/**
 * Calls again until the answer has the expected status or the time is up, and returns the last status: for what must
 * hold within a bound (a role taken away stops working within 5 seconds), not at once.
 */
export async function statusWithin(
  withinMs: number,
  expected: number,
  call: () => Promise<{ status: number }>,
): Promise<number> {
  const deadline = Date.now() + withinMs;
  for (;;) {
    const { status } = await call();
    if (status === expected || Date.now() >= deadline) return status;
    await delay(100);
  }
}

import { setTimeout as delay } from 'node:timers/promises';

/** How long a start waits for a JetStream cluster that cannot answer yet (its nodes still electing leaders). */
const CLUSTER_PATIENCE_MS = 30_000;
const ASK_AGAIN_AFTER_MS = 500;

/**
 * Runs a JetStream set-up step (making or keeping a stream or bucket), asking again while the cluster cannot answer
 * yet: a request that times out or a 503 while a copy's leader is elected is not a failure, for up to 30 s.
 */
export async function withClusterPatience<T>(step: () => Promise<T>): Promise<T> {
  const deadline = Date.now() + CLUSTER_PATIENCE_MS;
  for (;;) {
    try {
      return await step();
    } catch (error) {
      const code = String((error as { code?: unknown }).code);
      if (!['TIMEOUT', '503'].includes(code) || Date.now() > deadline) throw error;
      await delay(ASK_AGAIN_AFTER_MS);
    }
  }
}

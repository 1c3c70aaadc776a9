import { setTimeout as delay } from 'node:timers/promises';
import { EVENTS_STREAM, EVENTS_STREAM_SUBJECTS } from '@careers/contracts';
import { keepStreamReplicas } from '@careers/rpc';
import { JetStreamManager, nanos, RetentionPolicy, StorageType } from 'nats';

const STREAM_NOT_FOUND = 10059;

/**
 * Makes sure the one stream that holds every event exists with the configured replicas (idempotent; every publisher
 * and consumer calls it).
 */
/** How long a start waits for a JetStream cluster that cannot answer yet (its nodes still electing leaders). */
const CLUSTER_PATIENCE_MS = 30_000;

export async function ensureEventsStream(jsm: JetStreamManager, replicas: number): Promise<void> {
  const deadline = Date.now() + CLUSTER_PATIENCE_MS;
  for (;;) {
    try {
      return await createOrKeepEventsStream(jsm, replicas);
    } catch (error) {
      const code = String((error as { code?: unknown }).code);
      if (!['TIMEOUT', '503'].includes(code) || Date.now() > deadline) throw error;
      await delay(500);
    }
  }
}

async function createOrKeepEventsStream(jsm: JetStreamManager, replicas: number): Promise<void> {
  try {
    await keepStreamReplicas(jsm, await jsm.streams.info(EVENTS_STREAM), replicas);
  } catch (error) {
    if (apiErrorCode(error) !== STREAM_NOT_FOUND) throw error;
    await jsm.streams.add({
      name: EVENTS_STREAM,
      subjects: [EVENTS_STREAM_SUBJECTS],
      retention: RetentionPolicy.Limits,
      storage: StorageType.File,
      num_replicas: replicas,
      // Publishing the same event id again within this window is dropped by JetStream.
      duplicate_window: nanos(10 * 60 * 1000),
      max_age: nanos(30 * 24 * 60 * 60 * 1000),
    });
  }
}

export function apiErrorCode(error: unknown): number | undefined {
  const api = (error as { api_error?: { err_code?: number } } | undefined)?.api_error;
  return api?.err_code;
}

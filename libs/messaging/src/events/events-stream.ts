import { EVENTS_STREAM, EVENTS_STREAM_MAX_AGE_DAYS, EVENTS_STREAM_SUBJECTS } from '@careers/contracts';
import { apiErrorCode, keepStreamSettings, withClusterPatience } from '@careers/rpc';
import { JetStreamManager, nanos, RetentionPolicy, StorageType } from 'nats';

const STREAM_NOT_FOUND = 10059;

/**
 * Makes sure the one stream that holds every event exists with the configured replicas (idempotent; every publisher
 * and consumer calls it), with patience for a cluster still electing its leaders.
 */
export function ensureEventsStream(jsm: JetStreamManager, replicas: number): Promise<void> {
  return withClusterPatience(() => createOrKeepEventsStream(jsm, replicas));
}

async function createOrKeepEventsStream(jsm: JetStreamManager, replicas: number): Promise<void> {
  try {
    await keepStreamSettings(jsm, await jsm.streams.info(EVENTS_STREAM), { num_replicas: replicas });
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
      max_age: nanos(EVENTS_STREAM_MAX_AGE_DAYS * 24 * 60 * 60 * 1000),
    });
  }
}

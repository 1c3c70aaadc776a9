import type { JetStreamManager, StreamInfo } from 'nats';

/**
 * Brings an existing stream to the configured number of replicas (NATS_STREAM_REPLICAS) when it has another: JetStream
 * adds or removes the copies on the cluster's nodes itself. A bucket is a stream too (`OBJ_<name>`, `KV_<name>`).
 */
export async function keepStreamReplicas(
  jsm: JetStreamManager,
  info: StreamInfo,
  replicas: number,
): Promise<void> {
  if (info.config.num_replicas === replicas) return;
  await jsm.streams.update(info.config.name, { num_replicas: replicas });
}

import type { JetStreamManager, StreamInfo, StreamUpdateConfig } from 'nats';

/** What an app keeps of a stream's settings when the stream exists already. */
export type KeptStreamSettings = Pick<StreamUpdateConfig, 'num_replicas'> &
  Partial<Pick<StreamUpdateConfig, 'max_age'>>;

/**
 * Brings an existing stream to the configured number of replicas (NATS_STREAM_REPLICAS), and to the other settings
 * given, when it has others: JetStream adds or removes the copies on the cluster's nodes itself. A bucket is a stream
 * too (`OBJ_<name>`, `KV_<name>`).
 */
export async function keepStreamSettings(
  jsm: JetStreamManager,
  info: StreamInfo,
  wanted: KeptStreamSettings,
): Promise<void> {
  const differs = Object.entries(wanted).some(
    ([setting, value]) => info.config[setting as keyof KeptStreamSettings] !== value,
  );
  if (differs) await jsm.streams.update(info.config.name, wanted);
}

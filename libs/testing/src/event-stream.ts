import { EVENTS_STREAM } from '@careers/contracts';
import { connect } from 'nats';

/** How many messages the EVENTS stream holds on a subject. */
export async function eventsInStream(natsUrl: string, subject: string): Promise<number> {
  const nc = await connect({ servers: natsUrl });
  try {
    const jsm = await nc.jetstreamManager();
    const info = await jsm.streams.info(EVENTS_STREAM, { subjects_filter: subject });
    return info.state.subjects?.[subject] ?? 0;
  } finally {
    await nc.close();
  }
}

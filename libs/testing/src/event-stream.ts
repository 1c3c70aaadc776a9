import { EVENTS_STREAM } from '@careers/contracts';
import { connect } from 'nats';

/** How many messages the EVENTS stream holds on a subject (asked of a server, or of any node of a cluster). */
export async function eventsInStream(servers: string | string[], subject: string): Promise<number> {
  const nc = await connect({ servers });
  try {
    const jsm = await nc.jetstreamManager();
    const info = await jsm.streams.info(EVENTS_STREAM, { subjects_filter: subject });
    return info.state.subjects?.[subject] ?? 0;
  } finally {
    await nc.close();
  }
}

import { EVENTS_STREAM } from '@careers/contracts';
import { connect } from 'nats';

export interface StreamedEvent {
  subject: string;
  envelope: unknown;
}

/** Every message the EVENTS stream holds, in the order published, as a subscriber would parse it. */
export async function streamedEvents(natsUrl: string): Promise<StreamedEvent[]> {
  const nc = await connect({ servers: natsUrl });
  try {
    const jsm = await nc.jetstreamManager();
    const { state } = await jsm.streams.info(EVENTS_STREAM);
    const events: StreamedEvent[] = [];
    for (let seq = state.first_seq; seq <= state.last_seq && state.messages > 0; seq++) {
      const message = await jsm.streams.getMessage(EVENTS_STREAM, { seq });
      events.push({ subject: message.subject, envelope: message.json() });
    }
    return events;
  } finally {
    await nc.close();
  }
}

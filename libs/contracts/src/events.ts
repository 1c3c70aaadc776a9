import type { InstitutionCreatedData } from './directory/institution-created.dto';
import type { UserCreatedData } from './identity/user-created.dto';

/** Durable event subjects, `events.<service>.<aggregate>.<event>`, all held by the JetStream stream `EVENTS`. */
export const Events = {
  userCreated: 'events.identity.user.created',
  institutionCreated: 'events.directory.institution.created',
} as const;

export const EVENTS_STREAM = 'EVENTS';
export const EVENTS_STREAM_SUBJECTS = 'events.>';

export interface EventPayloads {
  [Events.userCreated]: UserCreatedData;
  [Events.institutionCreated]: InstitutionCreatedData;
}

export type EventSubject = keyof EventPayloads;

/** What travels on the stream: the envelope every event shares, around its own data. */
export interface EventEnvelope<S extends EventSubject = EventSubject> {
  id: string;
  type: S;
  occurredAt: string;
  version: number;
  data: EventPayloads[S];
}

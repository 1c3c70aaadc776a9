import type { InstitutionCreatedData } from './directory/institution-created.dto';
import type {
  MembershipGrantedData,
  MembershipRevokedData,
  UserCreatedData,
  UserDeletedData,
  UserEmailChangedData,
  UserUpdatedData,
} from './identity/user-events.dto';

/** Durable event subjects, `events.<service>.<aggregate>.<event>`, all held by the JetStream stream `EVENTS`. */
export const Events = {
  userCreated: 'events.identity.user.created',
  userUpdated: 'events.identity.user.updated',
  userEmailChanged: 'events.identity.user.email-changed',
  userDeleted: 'events.identity.user.deleted',
  membershipGranted: 'events.identity.membership.granted',
  membershipRevoked: 'events.identity.membership.revoked',
  institutionCreated: 'events.directory.institution.created',
} as const;

export const EVENTS_STREAM = 'EVENTS';
export const EVENTS_STREAM_SUBJECTS = 'events.>';

export interface EventPayloads {
  [Events.userCreated]: UserCreatedData;
  [Events.userUpdated]: UserUpdatedData;
  [Events.userEmailChanged]: UserEmailChangedData;
  [Events.userDeleted]: UserDeletedData;
  [Events.membershipGranted]: MembershipGrantedData;
  [Events.membershipRevoked]: MembershipRevokedData;
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

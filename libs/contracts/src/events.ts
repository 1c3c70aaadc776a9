import type { ImportRunCompletedData } from './importer/import-run.dto';
import type { InstitutionCreatedData } from './directory/institution-created.dto';
import type {
  CompanyCreatedData,
  CompanyStaffChangedData,
  ContactArchivedData,
  ContactCreatedData,
  ContactLabelsChangedData,
  ContactLinkedData,
  ContactNoteAddedData,
  ContactUnlinkedData,
  ContactUpdatedData,
  LabelCreatedData,
  LabelDeletedData,
  LabelRenamedData,
} from './directory/directory-events.dto';
import type { InstitutionSettingsUpdatedData } from './directory/settings.dto';
import type {
  JoinRequestApprovedData,
  JoinRequestCreatedData,
  JoinRequestDeclinedData,
} from './onboarding/join-request-events.dto';
import type { BulkInviteSentData, InvitationAcceptedData } from './onboarding/bulk-invite-events.dto';
import type {
  MembershipGrantedData,
  MembershipRevokedData,
  UserCreatedData,
  UserDeletedData,
  UserEmailChangedData,
  UserUpdatedData,
  UsersImportedData,
} from './identity/user-events.dto';

/** Durable event subjects, `events.<service>.<aggregate>.<event>`, all held by the JetStream stream `EVENTS`. */
export const Events = {
  userCreated: 'events.identity.user.created',
  userUpdated: 'events.identity.user.updated',
  userEmailChanged: 'events.identity.user.email-changed',
  userDeleted: 'events.identity.user.deleted',
  membershipGranted: 'events.identity.membership.granted',
  membershipRevoked: 'events.identity.membership.revoked',
  usersImported: 'events.identity.users.imported',
  institutionCreated: 'events.directory.institution.created',
  institutionSettingsUpdated: 'events.directory.institution.settings-updated',
  contactCreated: 'events.directory.contact.created',
  contactUpdated: 'events.directory.contact.updated',
  contactArchived: 'events.directory.contact.archived',
  contactRestored: 'events.directory.contact.restored',
  contactLinked: 'events.directory.contact.linked',
  contactUnlinked: 'events.directory.contact.unlinked',
  contactLabelsChanged: 'events.directory.contact.labels-changed',
  contactNoteAdded: 'events.directory.contact.note-added',
  labelCreated: 'events.directory.label.created',
  labelRenamed: 'events.directory.label.renamed',
  labelDeleted: 'events.directory.label.deleted',
  companyCreated: 'events.directory.company.created',
  companyStaffJoined: 'events.directory.company.staff-joined',
  companyStaffLeft: 'events.directory.company.staff-left',
  joinRequestCreated: 'events.onboarding.join-request.created',
  joinRequestApproved: 'events.onboarding.join-request.approved',
  joinRequestDeclined: 'events.onboarding.join-request.declined',
  bulkInviteSent: 'events.onboarding.bulk-invite.sent',
  invitationAccepted: 'events.onboarding.invitation.accepted',
  importRunCompleted: 'events.importer.run.completed',
} as const;

export const EVENTS_STREAM = 'EVENTS';
export const EVENTS_STREAM_SUBJECTS = 'events.>';
/** How long the EVENTS stream keeps an event (its `max_age`): the longest an event can be delivered again. */
export const EVENTS_STREAM_MAX_AGE_DAYS = 30;

export interface EventPayloads {
  [Events.userCreated]: UserCreatedData;
  [Events.userUpdated]: UserUpdatedData;
  [Events.userEmailChanged]: UserEmailChangedData;
  [Events.userDeleted]: UserDeletedData;
  [Events.membershipGranted]: MembershipGrantedData;
  [Events.membershipRevoked]: MembershipRevokedData;
  [Events.usersImported]: UsersImportedData;
  [Events.institutionCreated]: InstitutionCreatedData;
  [Events.institutionSettingsUpdated]: InstitutionSettingsUpdatedData;
  [Events.contactCreated]: ContactCreatedData;
  [Events.contactUpdated]: ContactUpdatedData;
  [Events.contactArchived]: ContactArchivedData;
  [Events.contactRestored]: ContactArchivedData;
  [Events.contactLinked]: ContactLinkedData;
  [Events.contactUnlinked]: ContactUnlinkedData;
  [Events.contactLabelsChanged]: ContactLabelsChangedData;
  [Events.contactNoteAdded]: ContactNoteAddedData;
  [Events.labelCreated]: LabelCreatedData;
  [Events.labelRenamed]: LabelRenamedData;
  [Events.labelDeleted]: LabelDeletedData;
  [Events.companyCreated]: CompanyCreatedData;
  [Events.companyStaffJoined]: CompanyStaffChangedData;
  [Events.companyStaffLeft]: CompanyStaffChangedData;
  [Events.joinRequestCreated]: JoinRequestCreatedData;
  [Events.joinRequestApproved]: JoinRequestApprovedData;
  [Events.joinRequestDeclined]: JoinRequestDeclinedData;
  [Events.bulkInviteSent]: BulkInviteSentData;
  [Events.invitationAccepted]: InvitationAcceptedData;
  [Events.importRunCompleted]: ImportRunCompletedData;
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

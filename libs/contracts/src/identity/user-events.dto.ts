import type { InstitutionRole } from './roles';
import type { UserStatus } from './user.dto';
import type { UserType } from './user-type';

export class UserCreatedData {
  userId!: string;
  email!: string;
  name!: string;
  userType!: UserType;
  status!: UserStatus;
}

/** The name or the account status changed. */
export class UserUpdatedData {
  userId!: string;
  name!: string;
  status!: UserStatus;
}

export class UserEmailChangedData {
  userId!: string;
  previousEmail!: string;
  email!: string;
}

export class UserDeletedData {
  userId!: string;
  email!: string;
}

/** The person is now an active member of the institution with these roles (sent again when the roles change). */
export class MembershipGrantedData {
  userId!: string;
  institutionId!: string;
  email!: string;
  username!: string;
  roles!: InstitutionRole[];
}

/** The person is no longer an active member of the institution. */
export class MembershipRevokedData {
  userId!: string;
  institutionId!: string;
}

/**
 * The most bytes of people one `users.imported` event carries, so that it stays well under NATS's message size
 * (1 MiB by default): about 2,000 people with ordinary names and emails, fewer with long ones.
 */
export const USERS_IMPORTED_MAX_BYTES = 512 * 1024;

export class ImportedMembershipData {
  userId!: string;
  email!: string;
  username!: string;
  roles!: InstitutionRole[];
}

/**
 * An import wrote a batch of people at one institution: instead of an event per person (a 100,000-row file would be
 * 200,000 events), one event per part of the batch (USERS_IMPORTED_MAX_BYTES), with what `user.created`, `user.updated` and
 * `membership.granted` would have said of each.
 */
export class UsersImportedData {
  institutionId!: string;
  created!: UserCreatedData[];
  renamed!: UserUpdatedData[];
  granted!: ImportedMembershipData[];
}

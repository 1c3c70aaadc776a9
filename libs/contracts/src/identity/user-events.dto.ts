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

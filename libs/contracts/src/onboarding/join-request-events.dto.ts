import type { EmployerPermission } from '../directory/settings.dto';
import type { InstitutionRole } from '../identity/roles';
import type { JoinRequestKind } from './join-request.dto';

export class JoinRequestCreatedData {
  requestId!: string;
  institutionId!: string;
  userId!: string;
  kind!: JoinRequestKind;
  source!: 'self' | 'invitation';
  /** The requester's email and name as they asked: an employer asking becomes a contact of the institution. */
  email!: string;
  name!: string;
}

/** The requester becomes a member with these roles (and, for an employer, the institution's default permissions). */
export class JoinRequestApprovedData {
  requestId!: string;
  institutionId!: string;
  userId!: string;
  kind!: JoinRequestKind;
  email!: string;
  name!: string;
  roles!: InstitutionRole[];
  employerPermissions!: EmployerPermission[];
  /** `null` when the institution's setting approved it at once. */
  decidedBy!: string | null;
}

export class JoinRequestDeclinedData {
  requestId!: string;
  institutionId!: string;
  userId!: string;
  decidedBy!: string;
}

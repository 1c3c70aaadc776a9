import type { EmployerPermission } from '../directory/settings.dto';
import type { InstitutionRole } from './roles';

/** `inactive`: a school's identity provider deactivated the person (SCIM `active: false`); the account stays. */
export const MEMBERSHIP_STATUSES = ['pending', 'active', 'declined', 'inactive'] as const;
export type MembershipStatus = (typeof MEMBERSHIP_STATUSES)[number];

/** A person's place in one institution. */
export class MembershipReply {
  institutionId!: string;
  status!: MembershipStatus;
  roles!: InstitutionRole[];
  /** The institution's identifier for the person, unique within it; the email for self-made accounts. */
  username!: string;
  /** The person's identifier at the institution's single sign-on provider, if any. */
  authIdentifier!: string | null;
  /** Staff changed this person's email: the institution's sync files no longer update them. */
  excludedFromSyncs!: boolean;
  /** What an approved employer may do here: the institution's default when the membership was granted. */
  employerPermissions!: EmployerPermission[];
  createdAt!: string;
}

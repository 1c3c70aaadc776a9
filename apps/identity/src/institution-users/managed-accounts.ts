import type { InstitutionRole, MembershipStatus, UserType } from '@careers/contracts';

const MANAGED_TYPES = ['student', 'alumni', 'mentor'];
const MANAGED_ROLES: readonly InstitutionRole[] = ['student', 'alumni', 'mentor'];

/** An account as far as the rule below reads it: its type, and every membership of any status. */
export interface ManagedAccount {
  userType: UserType;
  memberships: ReadonlyArray<{
    institutionId: string;
    status: MembershipStatus;
    roles: readonly InstitutionRole[];
    loginEntrusted: boolean;
  }>;
}

/**
 * Whether the institution alone manages the account, so that its staff may move the account's login (its email):
 * a student, alumni or mentor account whose every membership (of any status) is in this institution and active there
 * (a request to join, pending or declined, gives the school nothing over the login), holding no staff or employer
 * role, and entrusted to it (not an account that was there before an import attached it). An account
 * that also belongs to another school is that school's too: only the person moves it.
 */
export function managedAloneBy(account: ManagedAccount, institutionId: string): boolean {
  return (
    MANAGED_TYPES.includes(account.userType) &&
    account.memberships.every(
      (membership) =>
        membership.institutionId === institutionId &&
        membership.status === 'active' &&
        membership.loginEntrusted &&
        membership.roles.every((role) => MANAGED_ROLES.includes(role)),
    )
  );
}

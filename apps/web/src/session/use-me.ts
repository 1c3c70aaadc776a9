import { useQuery } from '@tanstack/react-query';
import type { components } from '@careers/api-client';
import { api } from '../api/api';
import { answer } from '../api/api-problem';
import { useSessionToken } from './use-session';

export type Me = components['schemas']['UserReply'];
export type Membership = components['schemas']['MembershipReply'];

const STAFF_ROLES = ['career_services_admin', 'career_services_staff'] as const;

/** The signed-in person's account and memberships, as the API sees them now. */
export function useMe() {
  const token = useSessionToken();
  return useQuery({
    queryKey: ['me', token],
    queryFn: () => answer(api.GET('/v1/me')),
    enabled: token !== undefined,
    staleTime: 30_000,
  });
}

/** The institutions where the person works in career services (an active membership with a staff role). */
export function staffMemberships(me: Me | undefined): Membership[] {
  return (me?.memberships ?? []).filter(
    (membership) =>
      membership.status === 'active' &&
      membership.roles.some((role) => STAFF_ROLES.some((staff) => staff === role)),
  );
}

/** Whether the person may open the school's console: its staff, and platform administrators (who may do anything). */
export function worksAt(me: Me | undefined, institutionId: string): boolean {
  return (
    me?.userType === 'platform_admin' ||
    staffMemberships(me).some((membership) => membership.institutionId === institutionId)
  );
}

export function isSchoolAdmin(me: Me | undefined, institutionId: string): boolean {
  if (me?.userType === 'platform_admin') return true;
  return (me?.memberships ?? []).some(
    (membership) =>
      membership.institutionId === institutionId &&
      membership.status === 'active' &&
      membership.roles.includes('career_services_admin'),
  );
}

import { useQuery } from '@tanstack/react-query';
import type { components } from '@careers/api-client';
import { allPages } from '../api/all-pages';
import { api } from '../api/api';
import { answer } from '../api/api-problem';

export type StaffMember = components['schemas']['StaffMemberReply'];

/** The school's whole staff, by name (every page of it: a school's staff is a short list). */
export function useStaff(institutionId: string) {
  return useQuery({
    queryKey: ['staff', institutionId],
    queryFn: () =>
      allPages((cursor) =>
        answer(
          api.GET('/v1/institutions/{institutionId}/staff', {
            params: { path: { institutionId }, query: { cursor, limit: 100 } },
          }),
        ),
      ),
  });
}

/** The staff members whose administrator role counts now (an active membership): the API keeps at least one. */
export function activeAdministrators(members: StaffMember[]): StaffMember[] {
  return members.filter(
    (member) => member.role === 'career_services_admin' && member.membershipStatus === 'active',
  );
}

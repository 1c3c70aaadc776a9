import { useQuery } from '@tanstack/react-query';
import type { components } from '@careers/api-client';
import { api } from '../api/api';
import { answer } from '../api/api-problem';

export type StaffMember = components['schemas']['StaffMemberReply'];

/** The school's whole staff, by name (every page of it: a school's staff is a short list). */
export function useStaff(institutionId: string) {
  return useQuery({
    queryKey: ['staff', institutionId],
    queryFn: async () => {
      const members: StaffMember[] = [];
      let cursor: string | undefined;
      do {
        const page = await answer(
          api.GET('/v1/institutions/{institutionId}/staff', {
            params: { path: { institutionId }, query: { cursor, limit: 100 } },
          }),
        );
        members.push(...page.items);
        cursor = page.nextCursor ?? undefined;
      } while (cursor);
      return members;
    },
  });
}

/** The staff members whose administrator role counts now (an active membership): the API keeps at least one. */
export function activeAdministrators(members: StaffMember[]): StaffMember[] {
  return members.filter(
    (member) => member.role === 'career_services_admin' && member.membershipStatus === 'active',
  );
}

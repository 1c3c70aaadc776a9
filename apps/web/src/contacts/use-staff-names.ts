import { useQuery } from '@tanstack/react-query';
import { api } from '../api/api';
import { answer } from '../api/api-problem';

/** The names of the school's career services staff by user id (the authors of notes). */
export function useStaffNames(institutionId: string) {
  return useQuery({
    queryKey: ['staff-names', institutionId],
    queryFn: async () => {
      const names = new Map<string, string>();
      let cursor: string | undefined;
      do {
        const page = await answer(
          api.GET('/v1/institutions/{institutionId}/staff', {
            params: { path: { institutionId }, query: { cursor, limit: 100 } },
          }),
        );
        for (const member of page.items) names.set(member.userId, member.name);
        cursor = page.nextCursor ?? undefined;
      } while (cursor);
      return names;
    },
    staleTime: 5 * 60_000,
  });
}

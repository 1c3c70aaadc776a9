import { useQuery } from '@tanstack/react-query';
import type { components } from '@careers/api-client';
import { api } from '../api/api';
import { answer } from '../api/api-problem';

export type Label = components['schemas']['LabelReply'];

export function labelsKey(institutionId: string) {
  return ['labels', institutionId];
}

/** Every label of the institution, by name (following the pages until the last). */
export function useLabels(institutionId: string) {
  return useQuery({
    queryKey: labelsKey(institutionId),
    queryFn: async () => {
      const labels: Label[] = [];
      let cursor: string | undefined;
      do {
        const page = await answer(
          api.GET('/v1/institutions/{institutionId}/labels', {
            params: { path: { institutionId }, query: { cursor } },
          }),
        );
        labels.push(...page.items);
        cursor = page.nextCursor ?? undefined;
      } while (cursor);
      return labels;
    },
  });
}

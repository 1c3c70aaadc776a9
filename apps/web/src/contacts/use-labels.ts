import { useQuery } from '@tanstack/react-query';
import type { components } from '@careers/api-client';
import { allPages } from '../api/all-pages';
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
    queryFn: () =>
      allPages((cursor) =>
        answer(
          api.GET('/v1/institutions/{institutionId}/labels', {
            params: { path: { institutionId }, query: { cursor } },
          }),
        ),
      ),
  });
}

import { useQueries, useQuery } from '@tanstack/react-query';
import { api } from '../api/api';
import { answer } from '../api/api-problem';

function institutionQuery(institutionId: string) {
  return {
    queryKey: ['institution', institutionId],
    queryFn: () =>
      answer(api.GET('/v1/institutions/{institutionId}', { params: { path: { institutionId } } })),
    staleTime: 5 * 60_000,
  };
}

export function useInstitution(institutionId: string | undefined) {
  return useQuery({ ...institutionQuery(institutionId ?? ''), enabled: institutionId !== undefined });
}

/** Each institution's name by id, as they load. */
export function useInstitutionNames(institutionIds: string[]): Map<string, string> {
  const results = useQueries({ queries: institutionIds.map(institutionQuery) });
  const names = new Map<string, string>();
  results.forEach((result, index) => {
    const id = institutionIds[index];
    if (id !== undefined && result.data) names.set(id, result.data.name);
  });
  return names;
}

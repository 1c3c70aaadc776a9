import { useQuery } from '@tanstack/react-query';
import { api } from '../api/api';
import { answer, ApiProblem } from '../api/api-problem';

export function useCompany(companyId: string) {
  return useQuery({
    queryKey: ['company', companyId],
    queryFn: () => answer(api.GET('/v1/companies/{companyId}', { params: { path: { companyId } } })),
  });
}

/**
 * The company's staff (the first hundred, in the order they joined): the API shows them to the company's own staff and
 * to platform administrators only, so `null` for anyone else.
 */
export function useCompanyStaff(companyId: string) {
  return useQuery({
    queryKey: ['company-staff', companyId],
    queryFn: async () => {
      try {
        const page = await answer(
          api.GET('/v1/companies/{companyId}/staff', {
            params: { path: { companyId }, query: { limit: 100 } },
          }),
        );
        return page.items;
      } catch (error) {
        if (error instanceof ApiProblem && error.status === 404) return null;
        throw error;
      }
    },
  });
}

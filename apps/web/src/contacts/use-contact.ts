import { useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../api/api';
import { answer } from '../api/api-problem';
import type { Contact } from './contacts-table';

export function contactKey(institutionId: string, contactId: string) {
  return ['contact', institutionId, contactId];
}

/** One contact of the school. */
export function useContact(institutionId: string, contactId: string) {
  return useQuery({
    queryKey: contactKey(institutionId, contactId),
    queryFn: () =>
      answer(
        api.GET('/v1/institutions/{institutionId}/contacts/{contactId}', {
          params: { path: { institutionId, contactId } },
        }),
      ),
  });
}

/** Shows a changed contact at once, and has the contact lists load again. */
export function useContactChanged(institutionId: string) {
  const queryClient = useQueryClient();
  return (contact: Contact) => {
    queryClient.setQueryData(contactKey(institutionId, contact.id), contact);
    void queryClient.invalidateQueries({ queryKey: ['contacts', institutionId] });
  };
}

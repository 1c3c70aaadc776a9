import { api } from '../api/api';
import { answer } from '../api/api-problem';
import { queryClient } from '../app/query-client';

/** Discards a draft bulk invite; the history is read again once it is gone. */
export async function discardDraft(institutionId: string, inviteId: string): Promise<void> {
  await answer(
    api.DELETE('/v1/institutions/{institutionId}/bulk-invites/{inviteId}', {
      params: { path: { institutionId, inviteId } },
    }),
  );
  await queryClient.invalidateQueries({ queryKey: ['bulk-invites', institutionId] });
}

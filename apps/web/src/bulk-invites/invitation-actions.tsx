import { Button, Group } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../api/api';
import { answer } from '../api/api-problem';
import { ConfirmButton } from '../ui/confirm-button';

/**
 * Resending (a new link by email; the old one stops working) and revoking an invitation; the outcome, or the API's
 * refusal, goes to `onResult`.
 */
export function InvitationActions({
  institutionId,
  invitationId,
  state,
  name,
  onResult,
}: {
  institutionId: string;
  invitationId: string;
  state: string;
  name: string;
  onResult: (result: { message?: string; error?: unknown }) => void;
}) {
  const queryClient = useQueryClient();
  const path = { institutionId, invitationId };
  const settle = () =>
    void queryClient.invalidateQueries({ queryKey: ['bulk-invite-recipients', institutionId] });
  const resend = useMutation({
    mutationFn: () =>
      answer(
        api.POST('/v1/institutions/{institutionId}/invitations/{invitationId}/resend', { params: { path } }),
      ),
    onSuccess: () =>
      onResult({ message: `A new invitation was emailed to ${name}; the old link no longer works.` }),
    onError: (error) => onResult({ error }),
    onSettled: settle,
  });
  const revoke = useMutation({
    mutationFn: () =>
      answer(
        api.POST('/v1/institutions/{institutionId}/invitations/{invitationId}/revoke', { params: { path } }),
      ),
    onSuccess: () => onResult({ message: `The invitation to ${name} is revoked: its link no longer works.` }),
    onError: (error) => onResult({ error }),
    onSettled: settle,
  });
  if (state === 'accepted' || state === 'revoked') return null;
  return (
    <Group gap="xs" wrap="nowrap">
      <Button
        variant="default"
        size="xs"
        aria-label={`Resend the invitation to ${name}`}
        loading={resend.isPending}
        onClick={() => resend.mutate()}
      >
        Resend
      </Button>
      <ConfirmButton
        variant="default"
        size="xs"
        aria-label={`Revoke the invitation to ${name}`}
        title="Revoke the invitation"
        question={`Revoke the invitation to ${name}? Its link stops working.`}
        confirmLabel="Revoke"
        loading={revoke.isPending}
        onConfirm={() => revoke.mutate()}
      >
        Revoke
      </ConfirmButton>
    </Group>
  );
}

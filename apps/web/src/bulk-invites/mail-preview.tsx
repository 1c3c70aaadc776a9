import { Loader, Paper, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { api } from '../api/api';
import { answer } from '../api/api-problem';
import { ProblemAlert } from '../api/problem-alert';
import type { EmailedOutcome } from './invite-words';

/** The email an outcome's contacts get, as the API writes it with the school's name. */
export function MailPreview({ institutionId, outcome }: { institutionId: string; outcome: EmailedOutcome }) {
  const preview = useQuery({
    queryKey: ['invite-mail-preview', institutionId, outcome],
    queryFn: () =>
      answer(
        api.GET('/v1/institutions/{institutionId}/bulk-invites/preview', {
          params: { path: { institutionId }, query: { outcome } },
        }),
      ),
    staleTime: 5 * 60_000,
  });
  if (preview.isLoading) return <Loader aria-label="Loading the email" />;
  if (preview.error) return <ProblemAlert error={preview.error} />;
  if (!preview.data) return null;
  return (
    <Paper withBorder p="sm">
      <Stack gap="xs">
        <Text fw={700}>Subject: {preview.data.subject}</Text>
        <Text style={{ whiteSpace: 'pre-wrap' }}>{preview.data.text}</Text>
      </Stack>
    </Paper>
  );
}

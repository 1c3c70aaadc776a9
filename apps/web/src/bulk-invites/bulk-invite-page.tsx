import { Alert, Anchor, Button, Group, Loader, Progress, Stack, Table, Text, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { api } from '../api/api';
import { answer } from '../api/api-problem';
import { ProblemAlert } from '../api/problem-alert';
import type { ConsolePage } from '../console/console-page';
import { formatDateTime } from '../ui/format-date';
import { discardDraft } from './discard-draft';
import { type BulkInvite, InviteDemographics } from './invite-demographics';
import { InviteMails } from './invite-mails';
import { INVITE_STATUS_WORDS } from './invite-words';

/**
 * The Bulk Invite page: a draft's demographics before Send; then its progress while sending (polled), and the
 * employer actions taken since.
 */
export const BulkInvitePage: ConsolePage = ({ institutionId }) => {
  const inviteId = useParams()['inviteId'] ?? '';
  const queryKey = ['bulk-invite', institutionId, inviteId];
  const queryClient = useQueryClient();
  const invite = useQuery({
    queryKey,
    queryFn: () =>
      answer(
        api.GET('/v1/institutions/{institutionId}/bulk-invites/{inviteId}', {
          params: { path: { institutionId, inviteId } },
        }),
      ),
    refetchInterval: (query) => (query.state.data?.status === 'sending' ? 1000 : false),
  });
  const send = useMutation({
    mutationFn: () =>
      answer(
        api.POST('/v1/institutions/{institutionId}/bulk-invites/{inviteId}/send', {
          params: { path: { institutionId, inviteId }, header: { 'Idempotency-Key': `send-${inviteId}` } },
        }),
      ),
    onSuccess: (sent) => {
      queryClient.setQueryData(queryKey, sent);
      void queryClient.invalidateQueries({ queryKey: ['bulk-invites', institutionId] });
    },
  });
  const navigate = useNavigate();
  const discard = useMutation({
    mutationFn: () => discardDraft(institutionId, inviteId),
    onSuccess: () => navigate(`/schools/${institutionId}/contacts`),
  });
  return (
    <Stack maw={960}>
      <Anchor component={Link} to={`/schools/${institutionId}/contacts`}>
        Back to contacts
      </Anchor>
      <Title order={1}>Bulk invite</Title>
      {invite.isLoading && <Loader aria-label="Loading the invite" />}
      <ProblemAlert error={invite.error} />
      {invite.data && (
        <>
          <Text>
            {INVITE_STATUS_WORDS[invite.data.status] ?? invite.data.status} · drafted{' '}
            {formatDateTime(invite.data.createdAt)}
            {invite.data.sentAt ? ` · sent ${formatDateTime(invite.data.sentAt)}` : ''}
          </Text>
          <InviteDemographics invite={invite.data} />
          {invite.data.status === 'draft' ? (
            <Stack gap="xs">
              <Title order={2}>Actions</Title>
              <ProblemAlert error={send.error} />
              <ProblemAlert error={discard.error} />
              <Group>
                <Button
                  onClick={() => send.mutate()}
                  loading={send.isPending}
                  disabled={invite.data.demographics.emails === 0}
                >
                  Send
                </Button>
                <Button variant="default" onClick={() => discard.mutate()} loading={discard.isPending}>
                  Discard draft
                </Button>
              </Group>
              {invite.data.demographics.emails === 0 && <Text>None of these contacts gets an email.</Text>}
            </Stack>
          ) : (
            <Sending invite={invite.data} />
          )}
          <InviteMails institutionId={institutionId} />
        </>
      )}
    </Stack>
  );
};

function Sending({ invite }: { invite: BulkInvite }) {
  const { emailed, total } = invite.progress;
  const { accountsCreated, connectionRequests, approvals } = invite.employerActions;
  return (
    <Stack>
      <Title order={2}>Progress</Title>
      <Progress value={total === 0 ? 100 : (emailed / total) * 100} aria-label="Emails sent" />
      <Text aria-live="polite">
        {invite.status === 'sent'
          ? `Sent: ${emailed} of ${total} emails.`
          : `Sending: ${emailed} of ${total} emails…`}
      </Text>
      {invite.status === 'sent' && (
        <Alert color="green" title="The invite is sent">
          Each contact got the email of their outcome. The employer actions below grow as they answer.
        </Alert>
      )}
      <Title order={2}>Employer actions taken</Title>
      <Table maw={420}>
        <Table.Tbody>
          <Table.Tr>
            <Table.Th scope="row">Accounts created</Table.Th>
            <Table.Td>{accountsCreated}</Table.Td>
          </Table.Tr>
          <Table.Tr>
            <Table.Th scope="row">Connection requests</Table.Th>
            <Table.Td>{connectionRequests}</Table.Td>
          </Table.Tr>
          <Table.Tr>
            <Table.Th scope="row">Approved</Table.Th>
            <Table.Td>{approvals}</Table.Td>
          </Table.Tr>
        </Table.Tbody>
      </Table>
    </Stack>
  );
}

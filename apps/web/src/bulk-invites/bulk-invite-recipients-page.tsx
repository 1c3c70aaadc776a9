import { Anchor, Loader, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { api } from '../api/api';
import { answer } from '../api/api-problem';
import { ProblemAlert } from '../api/problem-alert';
import { usePagedList } from '../api/use-paged-list';
import type { ConsolePage } from '../console/console-page';
import { formatDate, formatDateTime } from '../ui/format-date';
import { ShowMoreButton } from '../ui/show-more-button';
import { words } from '../ui/words';
import { personName } from '../ui/person-name';
import {
  INVITATION_STATE_WORDS,
  INVITE_STATUS_WORDS,
  NOT_INVITABLE_WORDS,
  OUTCOME_WORDS,
} from './bulk-invite-words';
import { InvitationActions } from './invitation-actions';

/** A sent bulk invite: its employer actions, and each recipient's outcome and invitation, to resend or revoke. */
export const BulkInviteRecipientsPage: ConsolePage = ({ institutionId }) => {
  const inviteId = useParams()['inviteId'] ?? '';
  const [result, setResult] = useState<{ message?: string; error?: unknown }>({});
  const invite = useQuery({
    queryKey: ['bulk-invite', institutionId, inviteId],
    queryFn: () =>
      answer(
        api.GET('/v1/institutions/{institutionId}/bulk-invites/{inviteId}', {
          params: { path: { institutionId, inviteId } },
        }),
      ),
  });
  const recipients = usePagedList({
    queryKey: ['bulk-invite-recipients', institutionId, inviteId],
    page: (cursor) =>
      answer(
        api.GET('/v1/institutions/{institutionId}/bulk-invites/{inviteId}/recipients', {
          params: { path: { institutionId, inviteId }, query: { cursor, limit: 100 } },
        }),
      ),
  });
  const { items } = recipients;
  const summary = invite.data;
  return (
    <Stack>
      <Anchor component={Link} to={`/schools/${institutionId}/bulk-invites`} size="sm">
        All bulk invites
      </Anchor>
      <Title order={1}>Bulk invite recipients</Title>
      <ProblemAlert error={invite.error ?? recipients.error} />
      {(invite.isLoading || recipients.isLoading) && <Loader aria-label="Loading" />}
      {summary && (
        <Stack gap="xs" component="section" aria-labelledby="invite-summary">
          <Title order={2} id="invite-summary" size="h4">
            {words(INVITE_STATUS_WORDS, summary.status)}
            {summary.sentAt ? ` ${formatDateTime(summary.sentAt)}` : ''} by{' '}
            {personName(summary.createdByName)}
          </Title>
          <SimpleGrid cols={{ base: 2, sm: 4 }}>
            <Figure label="Emails sent" value={`${summary.progress.emailed} of ${summary.progress.total}`} />
            <Figure label="Accounts created" value={summary.employerActions.accountsCreated} />
            <Figure label="Connection requests" value={summary.employerActions.connectionRequests} />
            <Figure label="Approvals" value={summary.employerActions.approvals} />
          </SimpleGrid>
        </Stack>
      )}
      {result.message && <Text role="status">{result.message}</Text>}
      <ProblemAlert error={result.error} />
      <Table.ScrollContainer minWidth={900}>
        <Table>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Name</Table.Th>
              <Table.Th>Email</Table.Th>
              <Table.Th>Outcome</Table.Th>
              <Table.Th>Emailed</Table.Th>
              <Table.Th>Invitation</Table.Th>
              <Table.Th>Actions</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {items.map((recipient) => {
              const name = `${recipient.firstName} ${recipient.lastName}`.trim() || recipient.email;
              return (
                <Table.Tr key={recipient.contactId}>
                  <Table.Td>{name}</Table.Td>
                  <Table.Td>{recipient.email}</Table.Td>
                  <Table.Td>
                    {recipient.outcome
                      ? words(OUTCOME_WORDS, recipient.outcome)
                      : words(NOT_INVITABLE_WORDS, recipient.notInvitable ?? '')}
                  </Table.Td>
                  <Table.Td>{recipient.emailedAt ? formatDateTime(recipient.emailedAt) : '—'}</Table.Td>
                  <Table.Td>
                    {recipient.invitation
                      ? `${words(INVITATION_STATE_WORDS, recipient.invitation.state)}${
                          recipient.invitation.state === 'pending'
                            ? `, until ${formatDate(recipient.invitation.expiresAt)}`
                            : ''
                        }`
                      : '—'}
                  </Table.Td>
                  <Table.Td>
                    {recipient.invitation && (
                      <InvitationActions
                        institutionId={institutionId}
                        invitationId={recipient.invitation.id}
                        state={recipient.invitation.state}
                        name={name}
                        onResult={setResult}
                      />
                    )}
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {recipients.data && items.length === 0 && <Text>This invite has no recipients.</Text>}
      <ShowMoreButton list={recipients} />
    </Stack>
  );
};

function Figure({ label, value }: { label: string; value: string | number }) {
  return (
    <div>
      <Text size="sm" c="gray.7">
        {label}
      </Text>
      <Text fw={700} size="xl">
        {value}
      </Text>
    </div>
  );
}

import { Alert, Anchor, Badge, Button, Group, Loader, Stack, Table, Text, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import type { components } from '@careers/api-client';
import { api } from '../api/api';
import { answer } from '../api/api-problem';
import { ProblemAlert } from '../api/problem-alert';
import type { ConsolePage } from '../console/console-page';
import { formatDateTime } from '../ui/format-date';
import { ROLE_WORDS, STATUS_WORDS, words } from '../ui/words';
import { DeclineDialog } from './decline-dialog';
import { DeleteAccountDialog } from './delete-account-dialog';
import { REQUEST_STATUS_COLORS } from './join-request-words';

type JoinRequest = components['schemas']['JoinRequestDetailReply'];

/** One join request: who asks, the school's members of the same name to vet it against, and the decision. */
export const JoinRequestPage: ConsolePage = ({ institutionId }) => {
  const requestId = useParams()['requestId'] ?? '';
  const request = useQuery({
    queryKey: ['join-requests', institutionId, 'detail', requestId],
    queryFn: () =>
      answer(
        api.GET('/v1/institutions/{institutionId}/join-requests/{requestId}', {
          params: { path: { institutionId, requestId } },
        }),
      ),
  });
  return (
    <Stack maw={880}>
      <Anchor component={Link} to={`/schools/${institutionId}/requests?status=pending`}>
        Back to the pending requests
      </Anchor>
      <ProblemAlert error={request.error} />
      {request.isLoading && <Loader role="status" aria-label="Loading" />}
      {request.data && <Request institutionId={institutionId} request={request.data} />}
    </Stack>
  );
};

function Request({ institutionId, request }: { institutionId: string; request: JoinRequest }) {
  const { requester } = request;
  return (
    <>
      <Group>
        <Title order={1}>{requester.name}</Title>
        <Badge size="lg" variant="light" color={REQUEST_STATUS_COLORS[request.status] ?? 'gray'}>
          {words(STATUS_WORDS, request.status)}
        </Badge>
      </Group>
      <Table variant="vertical" withTableBorder maw={640}>
        <Table.Tbody>
          <Table.Tr>
            <Table.Th w={200}>Email</Table.Th>
            <Table.Td>{requester.email}</Table.Td>
          </Table.Tr>
          <Table.Tr>
            <Table.Th>Asks to join as</Table.Th>
            <Table.Td>{words(ROLE_WORDS, request.kind)}</Table.Td>
          </Table.Tr>
          <Table.Tr>
            <Table.Th>Came</Table.Th>
            <Table.Td>
              {request.source === 'invitation' ? "Through the school's invitation" : 'On their own'}
            </Table.Td>
          </Table.Tr>
          <Table.Tr>
            <Table.Th>Asked on</Table.Th>
            <Table.Td>{formatDateTime(request.createdAt)}</Table.Td>
          </Table.Tr>
          {request.decision && (
            <Table.Tr>
              <Table.Th>Decided on</Table.Th>
              <Table.Td>{formatDateTime(request.decision.decidedAt)}</Table.Td>
            </Table.Tr>
          )}
          {request.decision?.reason && (
            <Table.Tr>
              <Table.Th>Reason</Table.Th>
              <Table.Td>{request.decision.reason}</Table.Td>
            </Table.Tr>
          )}
        </Table.Tbody>
      </Table>
      {request.status === 'pending' && (
        <>
          <SameName institutionId={institutionId} request={request} />
          <Decision institutionId={institutionId} request={request} />
        </>
      )}
    </>
  );
}

/** The first step of the seeds' vetting: is this person already here under another email? */
function SameName({ institutionId, request }: { institutionId: string; request: JoinRequest }) {
  return (
    <Stack component="section" aria-labelledby="same-name">
      <Title order={2} id="same-name">
        Members of the same name
      </Title>
      {request.similarAccounts.length === 0 ? (
        <Text>
          No one at the school has this name: check your own records (an alumni database) before approving.
        </Text>
      ) : (
        <>
          <Text>
            The person may already have an account, loaded with another email (their school email). If so, ask
            them to sign in with it; you can also change that account's email and delete this pending one.
          </Text>
          <Table>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Name</Table.Th>
                <Table.Th>Email</Table.Th>
                <Table.Th>Type</Table.Th>
                <Table.Th>Membership</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {request.similarAccounts.map((account) => (
                <Table.Tr key={account.userId}>
                  <Table.Td>
                    <Anchor component={Link} to={`/schools/${institutionId}/users/${account.userId}`}>
                      {account.name}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>{account.email}</Table.Td>
                  <Table.Td>{words(ROLE_WORDS, account.userType)}</Table.Td>
                  <Table.Td>{words(STATUS_WORDS, account.membershipStatus)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </>
      )}
    </Stack>
  );
}

function Decision({ institutionId, request }: { institutionId: string; request: JoinRequest }) {
  const queryClient = useQueryClient();
  const [dialog, setDialog] = useState<'decline' | 'delete'>();
  const path = { institutionId, requestId: request.id };
  const decided = () => {
    setDialog(undefined);
    void queryClient.invalidateQueries({ queryKey: ['join-requests', institutionId] });
  };
  const approve = useMutation({
    mutationFn: () =>
      answer(
        api.POST('/v1/institutions/{institutionId}/join-requests/{requestId}/approve', { params: { path } }),
      ),
    onSuccess: decided,
  });
  const decline = useMutation({
    mutationFn: (reason: string) =>
      answer(
        api.POST('/v1/institutions/{institutionId}/join-requests/{requestId}/decline', {
          params: { path },
          body: { reason: reason || undefined },
        }),
      ),
    onSuccess: decided,
  });
  const deleteAccount = useMutation({
    mutationFn: () =>
      answer(
        api.POST('/v1/institutions/{institutionId}/join-requests/{requestId}/delete-account', {
          params: { path },
        }),
      ),
    onSuccess: decided,
  });
  const selfMade = request.source === 'self' && request.kind !== 'employer';
  return (
    <Stack component="section" aria-labelledby="decision">
      <Title order={2} id="decision">
        Decision
      </Title>
      <ProblemAlert error={approve.error} />
      <Group>
        <Button onClick={() => approve.mutate()} loading={approve.isPending}>
          Approve
        </Button>
        <Button color="red" variant="outline" onClick={() => setDialog('decline')}>
          Decline…
        </Button>
        {selfMade && (
          <Button color="red" variant="subtle" onClick={() => setDialog('delete')}>
            Delete the pending account…
          </Button>
        )}
      </Group>
      {request.kind !== 'employer' && (
        <Alert color="blue" title="Approving a student">
          Sync files update a self-made account only when both its email and its username match the file, and
          its username is its email. A manual file with the sensitive-fields setting updates the username and
          approves the request.
        </Alert>
      )}
      <DeclineDialog
        opened={dialog === 'decline'}
        what={request.requester.name}
        pending={decline.isPending}
        error={decline.error}
        onClose={() => setDialog(undefined)}
        onDecline={(reason) => decline.mutate(reason)}
      />
      <DeleteAccountDialog
        opened={dialog === 'delete'}
        name={request.requester.name}
        email={request.requester.email}
        pending={deleteAccount.isPending}
        error={deleteAccount.error}
        onClose={() => setDialog(undefined)}
        onDelete={() => deleteAccount.mutate()}
      />
    </Stack>
  );
}

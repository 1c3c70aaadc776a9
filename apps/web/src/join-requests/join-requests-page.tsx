import {
  Anchor,
  Badge,
  Button,
  Checkbox,
  Group,
  Loader,
  Select,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import type { components } from '@careers/api-client';
import { api } from '../api/api';
import { answer } from '../api/api-problem';
import { ProblemAlert } from '../api/problem-alert';
import { usePagedList } from '../api/use-paged-list';
import type { ConsolePage } from '../console/console-page';
import { formatDate } from '../ui/format-date';
import { ShowMoreButton } from '../ui/show-more-button';
import { ROLE_WORDS, STATUS_WORDS, words } from '../ui/words';
import { BulkDecisionProgress } from './bulk-decision-progress';
import { DeclineDialog } from './decline-dialog';
import { KIND_OPTIONS, REQUEST_STATUS_COLORS, STATUS_OPTIONS } from './join-request-words';

type Status = components['schemas']['JoinRequestReply']['status'];
type Kind = components['schemas']['JoinRequestReply']['kind'];

const PAGE_SIZE = 50;

/**
 * The school's join requests, newest first, by status and kind (kept in the address: the header's "Pending
 * requests" opens `?status=pending`); pending ones can be chosen and approved or declined together.
 */
export const JoinRequestsPage: ConsolePage = ({ institutionId }) => {
  const [params, setParams] = useSearchParams();
  const status = (params.get('status') ?? undefined) as Status | undefined;
  const kind = (params.get('kind') ?? undefined) as Kind | undefined;
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [bulkDecisionId, setBulkDecisionId] = useState<string>();
  // The chosen requesters' names, kept: once decided, their requests leave the pending list.
  const [bulkNames, setBulkNames] = useState(new Map<string, string>());
  const [declining, setDeclining] = useState(false);

  const requests = usePagedList({
    queryKey: ['join-requests', institutionId, 'list', status, kind],
    page: (cursor) =>
      answer(
        api.GET('/v1/institutions/{institutionId}/join-requests', {
          params: { path: { institutionId }, query: { status, kind, cursor, limit: PAGE_SIZE } },
        }),
      ),
  });
  const { items } = requests;
  const pendingIds = items.filter((request) => request.status === 'pending').map((request) => request.id);

  const bulk = useMutation({
    mutationFn: ({ decision, reason }: { decision: 'approve' | 'decline'; reason?: string }) => {
      const options = {
        params: { path: { institutionId }, header: { 'Idempotency-Key': crypto.randomUUID() } },
        body: { requestIds: [...selected], reason: reason || undefined },
      };
      return answer(
        decision === 'approve'
          ? api.POST('/v1/institutions/{institutionId}/join-requests/bulk-approve', options)
          : api.POST('/v1/institutions/{institutionId}/join-requests/bulk-decline', options),
      );
    },
    onSuccess: (started) => {
      setBulkNames(
        new Map(
          items
            .filter((request) => selected.has(request.id))
            .map((request) => [request.id, request.requester.name]),
        ),
      );
      setDeclining(false);
      setBulkDecisionId(started.id);
    },
  });

  const filter = (name: 'status' | 'kind', value: string | null) => {
    const next = new URLSearchParams(params);
    if (value) next.set(name, value);
    else next.delete(name);
    setParams(next, { replace: true });
    setSelected(new Set());
  };
  const toggle = (id: string, on: boolean) => {
    const next = new Set(selected);
    if (on) next.add(id);
    else next.delete(id);
    setSelected(next);
  };
  const allChosen = pendingIds.length > 0 && pendingIds.every((id) => selected.has(id));

  return (
    <Stack>
      <Title order={1}>Join requests</Title>
      <Text maw={720}>
        Students who signed up on their own, and employers, ask to join the school. Open a request to check
        whether the person already has an account here (a member of the same name) before you approve it.
      </Text>
      <Group align="end">
        <Select
          label="Status"
          placeholder="Any status"
          data={STATUS_OPTIONS}
          value={status ?? null}
          onChange={(value) => filter('status', value)}
          clearable
          w={200}
        />
        <Select
          label="Kind"
          placeholder="Any kind"
          data={KIND_OPTIONS}
          value={kind ?? null}
          onChange={(value) => filter('kind', value)}
          clearable
          w={200}
        />
      </Group>
      {bulkDecisionId ? (
        <BulkDecisionProgress
          institutionId={institutionId}
          bulkDecisionId={bulkDecisionId}
          names={bulkNames}
          onClose={() => {
            setBulkDecisionId(undefined);
            setSelected(new Set());
          }}
        />
      ) : (
        selected.size > 0 && (
          <Group aria-label="With the chosen requests" role="group">
            <Text>{selected.size} chosen</Text>
            <Button
              onClick={() => bulk.mutate({ decision: 'approve' })}
              loading={bulk.isPending && !declining}
            >
              Approve chosen
            </Button>
            <Button color="red" variant="outline" onClick={() => setDeclining(true)}>
              Decline chosen…
            </Button>
          </Group>
        )
      )}
      {!declining && <ProblemAlert error={bulk.error} />}
      <DeclineDialog
        opened={declining}
        what={`${selected.size} ${selected.size === 1 ? 'request' : 'requests'}`}
        pending={bulk.isPending}
        error={bulk.error}
        onClose={() => setDeclining(false)}
        onDecline={(reason) => bulk.mutate({ decision: 'decline', reason })}
      />
      <ProblemAlert error={requests.error} />
      {requests.isLoading && <Loader role="status" aria-label="Loading" />}
      {requests.data && items.length === 0 && <Text>No request matches.</Text>}
      {items.length > 0 && (
        <Table>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>
                <Checkbox
                  aria-label="Choose every pending request shown"
                  checked={allChosen}
                  indeterminate={!allChosen && selected.size > 0}
                  disabled={pendingIds.length === 0 || bulkDecisionId !== undefined}
                  onChange={(event) => setSelected(new Set(event.currentTarget.checked ? pendingIds : []))}
                />
              </Table.Th>
              <Table.Th>Requester</Table.Th>
              <Table.Th>Email</Table.Th>
              <Table.Th>Kind</Table.Th>
              <Table.Th>Asked on</Table.Th>
              <Table.Th>Members of the same name</Table.Th>
              <Table.Th>Status</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {items.map((request) => (
              <Table.Tr key={request.id}>
                <Table.Td>
                  {request.status === 'pending' && (
                    <Checkbox
                      aria-label={`Choose ${request.requester.name}`}
                      checked={selected.has(request.id)}
                      disabled={bulkDecisionId !== undefined}
                      onChange={(event) => toggle(request.id, event.currentTarget.checked)}
                    />
                  )}
                </Table.Td>
                <Table.Td>
                  <Anchor component={Link} to={`/schools/${institutionId}/requests/${request.id}`}>
                    {request.requester.name}
                  </Anchor>
                </Table.Td>
                <Table.Td>{request.requester.email}</Table.Td>
                <Table.Td>{words(ROLE_WORDS, request.kind)}</Table.Td>
                <Table.Td>{formatDate(request.createdAt)}</Table.Td>
                <Table.Td>{request.status === 'pending' ? request.similarAccounts.length : ''}</Table.Td>
                <Table.Td>
                  <Badge variant="light" color={REQUEST_STATUS_COLORS[request.status] ?? 'gray'}>
                    {words(STATUS_WORDS, request.status)}
                  </Badge>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      <ShowMoreButton list={requests} />
    </Stack>
  );
};

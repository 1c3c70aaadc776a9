import { Alert, Badge, Button, Group, Progress, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { allPages } from '../api/all-pages';
import { api } from '../api/api';
import { answer } from '../api/api-problem';
import { ProblemAlert } from '../api/problem-alert';
import { STATUS_WORDS, words } from '../ui/words';
import { REQUEST_STATUS_COLORS } from './join-request-words';

const OUTCOME_WORDS: Record<string, string> = { ...STATUS_WORDS, refused: 'Not decided' };
const OUTCOME_COLORS: Record<string, string> = { ...REQUEST_STATUS_COLORS, refused: 'orange' };

interface BulkDecisionProgressProps {
  institutionId: string;
  bulkDecisionId: string;
  /** The requesters' names by request id, to say whose request each result is. */
  names: Map<string, string>;
  onClose: () => void;
}

/** A bulk approve or decline as it runs: how many are done, then each request's outcome (and why one was refused). */
export function BulkDecisionProgress({
  institutionId,
  bulkDecisionId,
  names,
  onClose,
}: BulkDecisionProgressProps) {
  const queryClient = useQueryClient();
  const path = { institutionId, bulkDecisionId };
  const bulk = useQuery({
    queryKey: ['join-requests', institutionId, 'bulk-decisions', bulkDecisionId],
    queryFn: () =>
      answer(
        api.GET('/v1/institutions/{institutionId}/join-requests/bulk-decisions/{bulkDecisionId}', {
          params: { path },
        }),
      ),
    refetchInterval: (query) => (query.state.data?.status === 'done' ? false : 1000),
  });
  const done = bulk.data?.status === 'done';
  const results = useQuery({
    queryKey: ['join-requests', institutionId, 'bulk-decisions', bulkDecisionId, 'results'],
    queryFn: () => allResults(institutionId, bulkDecisionId),
    enabled: done,
  });
  useEffect(() => {
    if (done) void queryClient.invalidateQueries({ queryKey: ['join-requests', institutionId] });
  }, [done, institutionId, queryClient]);

  const progress = bulk.data?.progress;
  const percent = progress && progress.total > 0 ? Math.round((progress.done / progress.total) * 100) : 0;
  const verb = bulk.data?.decision === 'decline' ? 'Declining' : 'Approving';
  return (
    <Stack component="section" aria-labelledby="bulk-decision">
      <Title order={2} id="bulk-decision">
        {done ? 'Bulk decision done' : `${verb} the selected requests`}
      </Title>
      <ProblemAlert error={bulk.error ?? results.error} />
      {progress && (
        <>
          <Progress value={percent} aria-label="Requests decided" animated={!done} />
          <Text>
            {progress.done} of {progress.total} decided: {progress.approved} approved, {progress.declined}{' '}
            declined, {progress.refused} not decided.
          </Text>
        </>
      )}
      {results.data && (
        <Table>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Requester</Table.Th>
              <Table.Th>Outcome</Table.Th>
              <Table.Th>Why</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {results.data.map((result) => (
              <Table.Tr key={result.requestId}>
                <Table.Td>{names.get(result.requestId) ?? result.requestId}</Table.Td>
                <Table.Td>
                  <Badge variant="light" color={OUTCOME_COLORS[result.outcome] ?? 'gray'}>
                    {words(OUTCOME_WORDS, result.outcome)}
                  </Badge>
                </Table.Td>
                <Table.Td>{result.reason ?? ''}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {done && progress && progress.refused > 0 && (
        <Alert color="orange" title="Some requests were not decided">
          Their reasons are in the table: most often another member of staff decided them first.
        </Alert>
      )}
      {done && (
        <Group>
          <Button variant="default" onClick={onClose}>
            Close
          </Button>
        </Group>
      )}
    </Stack>
  );
}

function allResults(institutionId: string, bulkDecisionId: string) {
  return allPages((cursor) =>
    answer(
      api.GET('/v1/institutions/{institutionId}/join-requests/bulk-decisions/{bulkDecisionId}/results', {
        params: { path: { institutionId, bulkDecisionId }, query: { cursor, limit: 100 } },
      }),
    ),
  );
}

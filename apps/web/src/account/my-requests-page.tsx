import { Badge, Loader, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { api } from '../api/api';
import { answer } from '../api/api-problem';
import { ProblemAlert } from '../api/problem-alert';
import { useInstitutionNames } from '../institutions/use-institution';
import { formatDate } from '../ui/format-date';
import { STATUS_WORDS, words } from '../ui/words';

const STATUS_COLORS: Record<string, string> = { pending: 'yellow', approved: 'green', declined: 'red' };

/** The person's requests to join or connect with schools, and what was decided. */
export function MyRequestsPage() {
  const requests = useQuery({
    queryKey: ['me', 'join-requests'],
    queryFn: () => answer(api.GET('/v1/me/join-requests', { params: { query: { limit: 100 } } })),
  });
  const names = useInstitutionNames(requests.data?.items.map((request) => request.institutionId) ?? []);
  return (
    <Stack>
      <Title order={1}>My requests</Title>
      <ProblemAlert error={requests.error} />
      {requests.isLoading && <Loader aria-label="Loading" />}
      {requests.data?.items.length === 0 && <Text>You have not asked to join a school yet.</Text>}
      {requests.data && requests.data.items.length > 0 && (
        <Table>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>School</Table.Th>
              <Table.Th>Asked on</Table.Th>
              <Table.Th>Status</Table.Th>
              <Table.Th>Reason</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {requests.data.items.map((request) => (
              <Table.Tr key={request.id}>
                <Table.Td>{names.get(request.institutionId) ?? '…'}</Table.Td>
                <Table.Td>{formatDate(request.createdAt)}</Table.Td>
                <Table.Td>
                  <Badge color={STATUS_COLORS[request.status] ?? 'gray'}>
                    {words(STATUS_WORDS, request.status)}
                  </Badge>
                </Table.Td>
                <Table.Td>{request.decision?.reason ?? ''}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}

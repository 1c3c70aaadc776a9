import { Anchor, Button, Group, Loader, Stack, Table, Text, Title } from '@mantine/core';
import { Link } from 'react-router-dom';
import { api } from '../api/api';
import { answer } from '../api/api-problem';
import { ProblemAlert } from '../api/problem-alert';
import { usePagedList } from '../api/use-paged-list';
import type { ConsolePage } from '../console/console-page';
import { formatDateTime } from '../ui/format-date';
import { ShowMoreButton } from '../ui/show-more-button';
import { words } from '../ui/words';
import { isBusy } from './import-queries';
import { ImportStatusBadge } from './import-status-badge';
import { MODE_WORDS } from './import-words';

/** The Importer app: the school's imports, newest first, each opening its findings, dry run and results. */
export const ImportsPage: ConsolePage = ({ institutionId }) => {
  const imports = usePagedList({
    queryKey: ['imports', institutionId, 'list'],
    page: (cursor) =>
      answer(
        api.GET('/v1/institutions/{institutionId}/imports', {
          params: { path: { institutionId }, query: { cursor, limit: 50 } },
        }),
      ),
    // Follow the imports the importer is still working on until they are analysed or have run.
    refetchInterval: (query) =>
      query.state.data?.pages.some((page) => page.items.some((item) => isBusy(item.status))) ? 2000 : false,
  });
  const { items } = imports;
  return (
    <Stack>
      <Group justify="space-between">
        <Title order={1}>Importer</Title>
        <Button component={Link} to="new">
          New import
        </Button>
      </Group>
      <ProblemAlert error={imports.error} />
      {imports.isLoading && <Loader aria-label="Loading" />}
      {imports.data && items.length === 0 && <Text>No file has been imported yet.</Text>}
      {items.length > 0 && (
        <Table>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>File</Table.Th>
              <Table.Th>Type</Table.Th>
              <Table.Th>Mode</Table.Th>
              <Table.Th>Status</Table.Th>
              <Table.Th>Rows</Table.Th>
              <Table.Th>Errors</Table.Th>
              <Table.Th>Uploaded</Table.Th>
              <Table.Th>By</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {items.map((item) => (
              <Table.Tr key={item.id}>
                <Table.Td>
                  <Anchor component={Link} to={item.id}>
                    {item.fileName}
                  </Anchor>
                </Table.Td>
                <Table.Td>{item.fileType}</Table.Td>
                <Table.Td>{words(MODE_WORDS, item.mode)}</Table.Td>
                <Table.Td>
                  <ImportStatusBadge status={item.status} />
                </Table.Td>
                <Table.Td>{item.rows}</Table.Td>
                <Table.Td>{item.errors}</Table.Td>
                <Table.Td>{formatDateTime(item.createdAt)}</Table.Td>
                <Table.Td>{item.createdByName ?? '—'}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      <ShowMoreButton list={imports} />
    </Stack>
  );
};

import { Alert, Badge, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useSuspenseInfiniteQuery, useSuspenseQuery } from '@tanstack/react-query';
import { api } from '../api/api';
import { answer } from '../api/api-problem';
import { ShowMoreButton } from '../ui/show-more-button';
import { words } from '../ui/words';
import { importKey } from './import-queries';
import { FINDING_WORDS, SEVERITY_WORDS, type Import } from './import-words';

const PAGE_SIZE = 20;

/**
 * What the analyzers found in the file, grouped by kind (errors first) with counts, each kind's findings paged.
 * Read under a `LoadingSection`.
 */
export function ImportFindings({ institutionId, imported }: { institutionId: string; imported: Import }) {
  const importId = imported.id;
  // One finding is enough: every page carries the counts by kind.
  const summary = useSuspenseQuery({
    queryKey: [...importKey(institutionId, importId), 'findings', imported.analysis.finishedAt, 'summary'],
    queryFn: () =>
      answer(
        api.GET('/v1/institutions/{institutionId}/imports/{importId}/findings', {
          params: { path: { institutionId, importId }, query: { limit: 1 } },
        }),
      ),
  });
  const first = summary.data;
  const kinds = [...first.summary].sort(
    (a, b) => Number(a.severity === 'warning') - Number(b.severity === 'warning') || b.count - a.count,
  );
  return (
    <Stack component="section" aria-labelledby="findings">
      <Title order={2} id="findings">
        Findings
      </Title>
      <Text>
        {imported.errors === 0
          ? 'No errors: the file can be submitted.'
          : `${count(imported.errors, 'error')} to correct before the file can be submitted.`}{' '}
        {imported.warnings > 0 && `${count(imported.warnings, 'warning')} (these do not stop a run).`}
      </Text>
      {kinds.map((kind) => (
        <FindingKind
          key={kind.code}
          institutionId={institutionId}
          imported={imported}
          code={kind.code}
          severity={kind.severity}
          count={kind.count}
        />
      ))}
      {first.omitted.length > 0 && (
        <Alert color="yellow" title="Not every finding is listed">
          {first.omitted
            .map((entry) => `${words(FINDING_WORDS, entry.code)}: ${entry.count} more`)
            .join('; ')}
        </Alert>
      )}
    </Stack>
  );
}

function FindingKind({
  institutionId,
  imported,
  code,
  severity,
  count: total,
}: {
  institutionId: string;
  imported: Import;
  code: string;
  severity: 'error' | 'warning';
  count: number;
}) {
  const importId = imported.id;
  const findings = useSuspenseInfiniteQuery({
    queryKey: [...importKey(institutionId, importId), 'findings', imported.analysis.finishedAt, code],
    queryFn: ({ pageParam }) =>
      answer(
        api.GET('/v1/institutions/{institutionId}/imports/{importId}/findings', {
          params: { path: { institutionId, importId }, query: { code, cursor: pageParam, limit: PAGE_SIZE } },
        }),
      ),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => page.nextCursor ?? undefined,
  });
  const items = findings.data.pages.flatMap((page) => page.items);
  const headingId = `finding-${code}`;
  return (
    <Stack component="section" aria-labelledby={headingId} gap="xs">
      <Group gap="sm">
        <Title order={3} size="h4" id={headingId}>
          {words(FINDING_WORDS, code)} ({total})
        </Title>
        <Badge color={severity === 'error' ? 'red' : 'yellow'} variant="light">
          {words(SEVERITY_WORDS, severity)}
        </Badge>
      </Group>
      <Table aria-labelledby={headingId}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Row</Table.Th>
            <Table.Th>Column</Table.Th>
            <Table.Th>Value</Table.Th>
            <Table.Th>What is wrong</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((finding, index) => (
            <Table.Tr key={`${finding.row}-${finding.column}-${index}`}>
              <Table.Td>{finding.row ?? 'Whole file'}</Table.Td>
              <Table.Td>{finding.column ?? ''}</Table.Td>
              <Table.Td>{finding.value ?? ''}</Table.Td>
              <Table.Td>{finding.message}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      <ShowMoreButton list={findings} size="xs">
        Show more {words(FINDING_WORDS, code).toLowerCase()}
      </ShowMoreButton>
    </Stack>
  );
}

function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

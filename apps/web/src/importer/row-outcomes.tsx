import { Badge, Group, Loader, Select, Stack, Table, Text } from '@mantine/core';
import { useSuspenseInfiniteQuery } from '@tanstack/react-query';
import { useState, useTransition } from 'react';
import { api } from '../api/api';
import { answer } from '../api/api-problem';
import { ShowMoreButton } from '../ui/show-more-button';
import { words } from '../ui/words';
import { importKey } from './import-queries';
import {
  OUTCOME_COLORS,
  OUTCOME_WORDS,
  OUTCOMES,
  type Import,
  type Outcome,
  type RowPlan,
} from './import-words';

const PAGE_SIZE = 25;

/**
 * Each row's outcome with the fields it changes and why a row fails, filtered by outcome and paged: the dry run
 * (`plan`, what running would do) or the run's `results` (what it did). Read under a `LoadingSection`; while another
 * outcome's rows load, the rows shown stay.
 */
export function RowOutcomes({
  institutionId,
  imported,
  of,
  label,
}: {
  institutionId: string;
  imported: Import;
  of: 'plan' | 'results';
  label: string;
}) {
  const importId = imported.id;
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [filtering, startFiltering] = useTransition();
  const rows = useSuspenseInfiniteQuery({
    queryKey: [
      ...importKey(institutionId, importId),
      of,
      imported.analysis.finishedAt,
      imported.run?.finishedAt,
      outcome,
    ],
    queryFn: ({ pageParam }) => {
      const params = {
        path: { institutionId, importId },
        query: { outcome: outcome ?? undefined, cursor: pageParam, limit: PAGE_SIZE },
      };
      return answer(
        of === 'plan'
          ? api.GET('/v1/institutions/{institutionId}/imports/{importId}/plan', { params })
          : api.GET('/v1/institutions/{institutionId}/imports/{importId}/results', { params }),
      );
    },
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => page.nextCursor ?? undefined,
  });
  const counts = rows.data.pages[0]?.counts ?? {};
  const items = rows.data.pages.flatMap((page) => page.items);
  return (
    <Stack gap="xs">
      <Group gap="xs" aria-label={`${label}: rows by outcome`} role="group">
        {OUTCOMES.map((code) => (
          <Badge key={code} color={OUTCOME_COLORS[code]} variant="light">
            {words(OUTCOME_WORDS, code)}: {counts[code] ?? 0}
          </Badge>
        ))}
      </Group>
      <Select
        label={`Show ${label.toLowerCase()} rows`}
        data={[
          { value: '', label: 'All outcomes' },
          ...OUTCOMES.map((code) => ({ value: code, label: words(OUTCOME_WORDS, code) })),
        ]}
        value={outcome ?? ''}
        onChange={(value) => startFiltering(() => setOutcome(value ? (value as Outcome) : null))}
        allowDeselect={false}
        maw={240}
      />
      <Table aria-label={label}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Row</Table.Th>
            <Table.Th>Outcome</Table.Th>
            <Table.Th>Changes</Table.Th>
            <Table.Th>Reason</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((row) => (
            <Table.Tr key={row.row}>
              <Table.Td>{row.row}</Table.Td>
              <Table.Td>
                <Badge color={OUTCOME_COLORS[row.outcome]} variant="light">
                  {words(OUTCOME_WORDS, row.outcome)}
                </Badge>
              </Table.Td>
              <Table.Td>
                <Changes changes={row.changes} />
              </Table.Td>
              <Table.Td>{row.reason ?? ''}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {filtering && <Loader size="sm" aria-label="Loading rows" />}
      {items.length === 0 && <Text>No row has this outcome.</Text>}
      <ShowMoreButton list={rows} size="xs">
        Show more rows
      </ShowMoreButton>
    </Stack>
  );
}

function Changes({ changes }: { changes: RowPlan['changes'] }) {
  if (changes.length === 0) return null;
  return (
    <Stack gap={0}>
      {changes.map((change) => (
        <Text key={change.field} size="sm">
          {change.field}: {change.from === null ? '' : `${change.from} → `}
          {change.to}
        </Text>
      ))}
    </Stack>
  );
}

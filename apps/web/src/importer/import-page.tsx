import { Alert, Anchor, Group, Loader, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { Link, useParams } from 'react-router-dom';
import { LoadingSection } from '../api/loading-section';
import { ProblemAlert } from '../api/problem-alert';
import type { ConsolePage } from '../console/console-page';
import { formatDateTime } from '../ui/format-date';
import { words } from '../ui/words';
import { CorrectedFile } from './corrected-file';
import { FailedRowsDownload } from './failed-rows-download';
import { ImportFindings } from './import-findings';
import { useImport } from './import-queries';
import { ImportStatusBadge } from './import-status-badge';
import { MODE_WORDS, type Import } from './import-words';
import { RowOutcomes } from './row-outcomes';
import { RunProgress } from './run-progress';
import { SubmitRun } from './submit-run';

/**
 * One import, `imports/:importId`: the analyzers' findings, a corrected file, the dry run, "Submit and request
 * run", the run's progress and its results with the failed rows to download.
 */
export const ImportPage: ConsolePage = ({ institutionId }) => {
  const { importId = '' } = useParams();
  const imported = useImport(institutionId, importId);
  const data = imported.data;
  return (
    <Stack>
      <Anchor component={Link} to="../imports">
        Back to the importer
      </Anchor>
      <ProblemAlert error={imported.error} />
      {imported.isLoading && <Loader aria-label="Loading" />}
      {data && (
        <>
          <Group gap="sm">
            <Title order={1}>{data.fileName}</Title>
            <ImportStatusBadge status={data.status} />
          </Group>
          <Facts imported={data} />
          <ImportBody institutionId={institutionId} imported={data} />
        </>
      )}
    </Stack>
  );
};

function Facts({ imported }: { imported: Import }) {
  const facts: [string, string][] = [
    ['File type', imported.fileType],
    ['Mode', words(MODE_WORDS, imported.mode)],
    ['Sensitive fields', imported.sensitiveFields ? 'May change' : 'Kept'],
    ['Rows', String(imported.rows)],
    ['Errors', String(imported.errors)],
    ['Warnings', String(imported.warnings)],
    [
      'Uploaded',
      `${formatDateTime(imported.createdAt)}${imported.createdByName ? ` by ${imported.createdByName}` : ''}`,
    ],
  ];
  return (
    <SimpleGrid component="dl" cols={{ base: 2, sm: 4 }} spacing="xs" m={0}>
      {facts.map(([term, value]) => (
        <div key={term}>
          <Text component="dt" size="xs" c="dimmed">
            {term}
          </Text>
          <Text component="dd" m={0}>
            {value}
          </Text>
        </div>
      ))}
    </SimpleGrid>
  );
}

function ImportBody({ institutionId, imported }: { institutionId: string; imported: Import }) {
  if (imported.status === 'analyzing') {
    return (
      <Group role="status">
        <Loader size="sm" aria-hidden />
        <Text>The analyzers are reading the file: {imported.analysis.rowsRead} rows read so far.</Text>
      </Group>
    );
  }
  if (imported.status === 'failed') {
    return (
      <>
        <Alert color="red" title="The file could not be analysed" role="alert">
          {imported.analysis.failure?.message ?? 'The analysis failed.'}
        </Alert>
        <CorrectedFile institutionId={institutionId} imported={imported} />
      </>
    );
  }
  if (imported.status === 'analyzed') {
    return (
      <LoadingSection label="Loading the findings and the dry run">
        <ImportFindings institutionId={institutionId} imported={imported} />
        <CorrectedFile institutionId={institutionId} imported={imported} />
        <Stack component="section" aria-labelledby="dry-run">
          <Title order={2} id="dry-run">
            Dry run
          </Title>
          <Text size="sm">What running the file would do to each row, against the school as it is now.</Text>
          <RowOutcomes institutionId={institutionId} imported={imported} of="plan" label="Dry run" />
          <SubmitRun institutionId={institutionId} imported={imported} />
        </Stack>
      </LoadingSection>
    );
  }
  return (
    <Stack component="section" aria-labelledby="run">
      <Title order={2} id="run">
        Run
      </Title>
      {imported.run && <RunProgress run={imported.run} />}
      {imported.status === 'completed' && imported.run && (
        <Stack component="section" aria-labelledby="results">
          <Title order={3} id="results">
            Results
          </Title>
          <LoadingSection label="Loading the results">
            <RowOutcomes institutionId={institutionId} imported={imported} of="results" label="Results" />
          </LoadingSection>
          <FailedRowsDownload institutionId={institutionId} imported={imported} />
        </Stack>
      )}
    </Stack>
  );
}

import { Alert, Progress, Stack, Text } from '@mantine/core';
import { formatDateTime } from '../ui/format-date';
import type { Import } from './import-words';

const PHASE_WORDS: Record<string, string> = {
  checking: 'Checking each row against the school as it is now',
  writing: 'Writing the rows',
  done: 'Finished',
};

/** The run's phase and how many rows it has done, as it goes (the page reads the import again every second). */
export function RunProgress({ run }: { run: NonNullable<Import['run']> }) {
  const percent = run.total > 0 ? Math.round((run.processed / run.total) * 100) : 100;
  return (
    <Stack gap="xs">
      <Text size="sm">
        Submitted {formatDateTime(run.startedAt)}
        {run.startedByName ? ` by ${run.startedByName}` : ''}
        {run.finishedAt ? `; finished ${formatDateTime(run.finishedAt)}` : ''}.
      </Text>
      <Text role="status">
        {PHASE_WORDS[run.phase] ?? run.phase}: {run.processed} of {run.total} rows
      </Text>
      <Progress value={percent} aria-label={`Run progress: ${percent}%`} animated={run.phase !== 'done'} />
      {run.stopReason && (
        <Alert color="orange" title="The run stopped before writing anything" role="alert">
          {run.stopReason}
        </Alert>
      )}
    </Stack>
  );
}

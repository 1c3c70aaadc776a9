import { Button, Group, Stack, Text } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../api/api';
import { answer } from '../api/api-problem';
import { ProblemAlert } from '../api/problem-alert';
import { importKey } from './import-queries';
import type { Import } from './import-words';

/** "Submit and request run": refused, with the reason, while the file has errors; the run then goes on alone. */
export function SubmitRun({ institutionId, imported }: { institutionId: string; imported: Import }) {
  const queryClient = useQueryClient();
  const run = useMutation({
    mutationFn: () =>
      answer(
        api.POST('/v1/institutions/{institutionId}/imports/{importId}/runs', {
          params: { path: { institutionId, importId: imported.id } },
        }),
      ),
    onSuccess: (started) => {
      queryClient.setQueryData(importKey(institutionId, imported.id), started);
      void queryClient.invalidateQueries({ queryKey: ['imports', institutionId, 'list'] });
    },
    // A refusal means the import changed since the page read it (a file with errors, a run already started).
    onError: () => void queryClient.invalidateQueries({ queryKey: importKey(institutionId, imported.id) }),
  });
  const blocked =
    imported.errors > 0
      ? `The file has ${imported.errors} error${imported.errors === 1 ? '' : 's'}: upload a corrected file first.`
      : undefined;
  return (
    <Stack gap="xs">
      <ProblemAlert error={run.error} />
      <Group>
        <Button
          onClick={() => run.mutate()}
          loading={run.isPending}
          disabled={blocked !== undefined}
          aria-describedby={blocked ? 'run-blocked' : undefined}
        >
          Submit and request run
        </Button>
      </Group>
      {blocked && (
        <Text id="run-blocked" size="sm" c="red.8">
          {blocked}
        </Text>
      )}
    </Stack>
  );
}

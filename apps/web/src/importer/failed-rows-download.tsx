import { Button, Group } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { api } from '../api/api';
import { answer } from '../api/api-problem';
import { ProblemAlert } from '../api/problem-alert';
import type { Import } from './import-words';

/**
 * Downloads the run's failed rows (as uploaded, with an `error` column) as a CSV file. Fetched through the client,
 * which sends the access token a plain link could not, then saved from a Blob.
 */
export function FailedRowsDownload({ institutionId, imported }: { institutionId: string; imported: Import }) {
  const download = useMutation({
    mutationFn: () =>
      answer(
        api.GET('/v1/institutions/{institutionId}/imports/{importId}/failed-rows.csv', {
          params: { path: { institutionId, importId: imported.id } },
          parseAs: 'blob',
        }),
      ),
    onSuccess: (blob) => save(blob, failedRowsFileName(imported.fileName)),
  });
  return (
    <>
      <ProblemAlert error={download.error} />
      <Group>
        <Button variant="default" onClick={() => download.mutate()} loading={download.isPending}>
          Download failed rows
        </Button>
      </Group>
    </>
  );
}

function failedRowsFileName(fileName: string): string {
  return `${fileName.replace(/\.csv$/i, '')}-failed-rows.csv`;
}

function save(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

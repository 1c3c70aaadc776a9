import { Button, Group, Stack, Text, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { api } from '../api/api';
import { answer } from '../api/api-problem';
import { ProblemAlert } from '../api/problem-alert';
import { useFormSubmit } from '../api/use-form-submit';
import { CsvFileInput } from './csv-file-input';
import { fetchWithUploadProgress } from './fetch-with-upload-progress';
import { importKey } from './import-queries';
import type { Import } from './import-words';
import { UploadProgress } from './upload-progress';

/** Uploads a corrected file for the import: its rows replace the old ones and the analyzers read it again. */
export function CorrectedFile({ institutionId, imported }: { institutionId: string; imported: Import }) {
  const queryClient = useQueryClient();
  const [progress, setProgress] = useState<number>();
  const form = useForm<{ file: File | null }>({
    initialValues: { file: null },
    validate: { file: (file) => (file ? null : 'Choose the corrected file') },
  });
  const submit = useFormSubmit(
    form,
    ({ file }) => {
      const body = new FormData();
      if (file) body.append('file', file);
      setProgress(0);
      return answer(
        api.PUT('/v1/institutions/{institutionId}/imports/{importId}/file', {
          params: { path: { institutionId, importId: imported.id } },
          // The generated type describes the multipart field; the body is sent as the form data itself.
          body: body as never,
          fetch: fetchWithUploadProgress(setProgress),
        }),
      ).finally(() => setProgress(undefined));
    },
    (updated) => {
      form.reset();
      queryClient.setQueryData(importKey(institutionId, imported.id), updated);
      void queryClient.invalidateQueries({ queryKey: ['imports', institutionId] });
    },
  );
  return (
    <Stack component="section" aria-labelledby="corrected-file" maw={560}>
      <Title order={2} id="corrected-file">
        Corrected file
      </Title>
      <Text size="sm">Correct the file and upload it here: the analyzers read it again.</Text>
      <form onSubmit={submit.onSubmit} noValidate>
        <Stack>
          <ProblemAlert error={submit.error} />
          <CsvFileInput label="Corrected file" {...form.getInputProps('file')} />
          <UploadProgress progress={progress} />
          <Group>
            <Button type="submit" variant="default" loading={submit.pending}>
              Upload corrected file
            </Button>
          </Group>
        </Stack>
      </form>
    </Stack>
  );
}

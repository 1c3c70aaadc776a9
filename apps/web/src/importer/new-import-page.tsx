import { Anchor, Button, Checkbox, Group, Select, Stack, Text, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { api } from '../api/api';
import { answer } from '../api/api-problem';
import { ProblemAlert } from '../api/problem-alert';
import { useFormSubmit } from '../api/use-form-submit';
import type { ConsolePage } from '../console/console-page';
import { CsvFileInput } from './csv-file-input';
import { fetchWithUploadProgress } from './fetch-with-upload-progress';
import { FILE_TYPES, type FileType } from './import-words';
import { UploadProgress } from './upload-progress';

interface NewImportValues extends Record<string, unknown> {
  file: File | null;
  fileType: FileType | null;
  mode: 'manual' | 'sync';
  sensitiveFields: boolean;
}

/** Uploads a CSV file of one type as a new import; its page then follows the analyzers. */
export const NewImportPage: ConsolePage = ({ institutionId }) => {
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [progress, setProgress] = useState<number>();
  const form = useForm<NewImportValues>({
    initialValues: { file: null, fileType: null, mode: 'manual', sensitiveFields: false },
    validate: {
      file: (file) => (file ? null : 'Choose the CSV file to import'),
      fileType: (fileType) => (fileType ? null : 'Choose what the file holds'),
    },
  });
  const submit = useFormSubmit(
    form,
    ({ file, fileType, mode, sensitiveFields }) => {
      const body = new FormData();
      body.append('fileType', fileType ?? '');
      body.append('mode', mode);
      body.append('sensitiveFields', String(mode === 'manual' && sensitiveFields));
      if (file) body.append('file', file);
      setProgress(0);
      return answer(
        api.POST('/v1/institutions/{institutionId}/imports', {
          params: { path: { institutionId } },
          // The generated type describes the multipart fields; the body is sent as the form data itself.
          body: body as never,
          fetch: fetchWithUploadProgress(setProgress),
        }),
      ).finally(() => setProgress(undefined));
    },
    (created) => {
      void queryClient.invalidateQueries({ queryKey: ['imports', institutionId, 'list'] });
      void navigate(`../imports/${created.id}`);
    },
  );
  return (
    <Stack maw={560}>
      <Anchor component={Link} to="../imports">
        Back to the importer
      </Anchor>
      <Title order={1}>New import</Title>
      <Text>
        Upload a CSV file (UTF-8, a header row first). The analyzers read it; you then correct what they find,
        check the dry run, and submit it to run.
      </Text>
      <form onSubmit={submit.onSubmit} noValidate>
        <Stack>
          <ProblemAlert error={submit.error} />
          <CsvFileInput label="File" {...form.getInputProps('file')} />
          <Select
            label="File type"
            placeholder="Choose one"
            data={FILE_TYPES}
            required
            allowDeselect={false}
            {...form.getInputProps('fileType')}
          />
          <Select
            label="Mode"
            description="An ongoing sync updates a person only when email and username both match; a manual file may also change usernames with the sensitive-fields setting."
            data={[
              { value: 'manual', label: 'Manual' },
              { value: 'sync', label: 'Sync' },
            ]}
            allowDeselect={false}
            {...form.getInputProps('mode')}
          />
          {form.values.mode === 'manual' && (
            <Checkbox
              label="Rows may change usernames and auth identifiers (sensitive fields)"
              {...form.getInputProps('sensitiveFields', { type: 'checkbox' })}
            />
          )}
          <UploadProgress progress={progress} />
          <Group>
            <Button type="submit" loading={submit.pending}>
              Upload
            </Button>
          </Group>
        </Stack>
      </form>
    </Stack>
  );
};

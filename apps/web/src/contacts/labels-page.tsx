import { Anchor, Button, Group, Loader, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { api } from '../api/api';
import { answer } from '../api/api-problem';
import { ProblemAlert } from '../api/problem-alert';
import { useFormSubmit } from '../api/use-form-submit';
import type { ConsolePage } from '../console/console-page';
import { type Label, labelsKey, useLabels } from './use-labels';

/** The school's contact labels: a new one, renaming, deleting (which takes it off every contact). */
export const LabelsPage: ConsolePage = ({ institutionId }) => {
  const labels = useLabels(institutionId);
  return (
    <Stack maw={720}>
      <Anchor component={Link} to={`/schools/${institutionId}/contacts`}>
        Back to contacts
      </Anchor>
      <Title order={1}>Contact labels</Title>
      <NewLabel institutionId={institutionId} />
      <ProblemAlert error={labels.error} />
      {labels.isLoading && <Loader aria-label="Loading labels" />}
      {labels.data && labels.data.length === 0 && <Text>No labels yet.</Text>}
      {labels.data && labels.data.length > 0 && (
        <Table>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Label</Table.Th>
              <Table.Th>Actions</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {labels.data.map((label) => (
              <LabelRow key={label.id} institutionId={institutionId} label={label} />
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
};

function NewLabel({ institutionId }: { institutionId: string }) {
  const queryClient = useQueryClient();
  const form = useForm({ initialValues: { name: '' } });
  const submit = useFormSubmit(
    form,
    (body) =>
      answer(
        api.POST('/v1/institutions/{institutionId}/labels', { params: { path: { institutionId } }, body }),
      ),
    () => {
      form.reset();
      void queryClient.invalidateQueries({ queryKey: labelsKey(institutionId) });
    },
  );
  return (
    <form onSubmit={submit.onSubmit} noValidate>
      <Stack gap="xs">
        <ProblemAlert error={submit.error} />
        <Group align="flex-start">
          <TextInput label="New label" {...form.getInputProps('name')} />
          <Button type="submit" loading={submit.pending} mt={25}>
            Create label
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function LabelRow({ institutionId, label }: { institutionId: string; label: Label }) {
  const queryClient = useQueryClient();
  const [renaming, setRenaming] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const path = { institutionId, labelId: label.id };
  const done = () => {
    void queryClient.invalidateQueries({ queryKey: labelsKey(institutionId) });
    void queryClient.invalidateQueries({ queryKey: ['contacts', institutionId] });
    void queryClient.invalidateQueries({ queryKey: ['contact', institutionId] });
  };
  const form = useForm({ initialValues: { name: label.name } });
  const rename = useFormSubmit(
    form,
    (body) =>
      answer(api.PATCH('/v1/institutions/{institutionId}/labels/{labelId}', { params: { path }, body })),
    () => {
      setRenaming(false);
      done();
    },
  );
  const remove = useMutation({
    mutationFn: () =>
      answer(api.DELETE('/v1/institutions/{institutionId}/labels/{labelId}', { params: { path } })),
    onSuccess: done,
  });
  return (
    <Table.Tr>
      <Table.Td>
        {renaming ? (
          <form onSubmit={rename.onSubmit} noValidate>
            <Group align="flex-start">
              <TextInput label={`New name for ${label.name}`} {...form.getInputProps('name')} />
              <Button type="submit" loading={rename.pending} mt={25}>
                Save
              </Button>
              <Button variant="default" onClick={() => setRenaming(false)} mt={25}>
                Cancel
              </Button>
            </Group>
            <ProblemAlert error={rename.error} />
          </form>
        ) : (
          label.name
        )}
      </Table.Td>
      <Table.Td>
        <Group gap="xs">
          {!renaming && (
            <Button
              variant="default"
              size="xs"
              onClick={() => setRenaming(true)}
              aria-label={`Rename ${label.name}`}
            >
              Rename
            </Button>
          )}
          {confirming ? (
            <>
              <Button color="red" size="xs" onClick={() => remove.mutate()} loading={remove.isPending}>
                Delete {label.name} from every contact
              </Button>
              <Button variant="default" size="xs" onClick={() => setConfirming(false)}>
                Keep it
              </Button>
            </>
          ) : (
            <Button
              variant="default"
              size="xs"
              onClick={() => setConfirming(true)}
              aria-label={`Delete ${label.name}`}
            >
              Delete
            </Button>
          )}
        </Group>
        <ProblemAlert error={remove.error} />
      </Table.Td>
    </Table.Tr>
  );
}

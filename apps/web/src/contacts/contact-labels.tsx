import { Badge, Button, CloseButton, Group, Select, Stack, Text, TextInput, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { api } from '../api/api';
import { answer } from '../api/api-problem';
import { ProblemAlert } from '../api/problem-alert';
import type { Contact } from './contacts-table';
import { useContactChanged } from './use-contact';
import { labelsKey, useLabels } from './use-labels';

/** A contact's labels: take one off, put on one of the school's labels, or make a new one and put it on. */
export function ContactLabels({ contact }: { contact: Contact }) {
  const institutionId = contact.institutionId;
  const path = { institutionId, contactId: contact.id };
  const queryClient = useQueryClient();
  const changed = useContactChanged(institutionId);
  const labels = useLabels(institutionId);
  const [chosen, setChosen] = useState<string | null>(null);
  const [newName, setNewName] = useState('');

  const add = useMutation({
    mutationFn: (labelId: string) =>
      answer(
        api.POST('/v1/institutions/{institutionId}/contacts/{contactId}/labels', {
          params: { path },
          body: { labelId },
        }),
      ),
    onSuccess: (saved) => {
      changed(saved);
      setChosen(null);
    },
  });
  const remove = useMutation({
    mutationFn: (labelId: string) =>
      answer(
        api.DELETE('/v1/institutions/{institutionId}/contacts/{contactId}/labels/{labelId}', {
          params: { path: { ...path, labelId } },
        }),
      ),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: ['contact', institutionId, contact.id] }),
  });
  const create = useMutation({
    mutationFn: async (name: string) => {
      const label = await answer(
        api.POST('/v1/institutions/{institutionId}/labels', {
          params: { path: { institutionId } },
          body: { name },
        }),
      );
      void queryClient.invalidateQueries({ queryKey: labelsKey(institutionId) });
      return label;
    },
    onSuccess: (label) => {
      setNewName('');
      add.mutate(label.id);
    },
  });

  const onContact = new Set(contact.labels.map((label) => label.id));
  const others = (labels.data ?? []).filter((label) => !onContact.has(label.id));
  return (
    <Stack gap="sm">
      <Title order={2}>Labels</Title>
      <ProblemAlert error={add.error ?? remove.error ?? create.error} />
      {contact.labels.length === 0 && <Text>No labels yet.</Text>}
      <Group gap="xs" aria-label="The contact's labels" role="list" hidden={contact.labels.length === 0}>
        {contact.labels.map((label) => (
          <Badge
            key={label.id}
            role="listitem"
            variant="light"
            tt="none"
            size="lg"
            rightSection={
              <CloseButton
                size="xs"
                aria-label={`Remove the label ${label.name}`}
                onClick={() => remove.mutate(label.id)}
              />
            }
          >
            {label.name}
          </Badge>
        ))}
      </Group>
      <Group align="flex-end">
        <Select
          label="Add a label"
          data={others.map((label) => ({ value: label.id, label: label.name }))}
          value={chosen}
          onChange={setChosen}
          searchable
          nothingFoundMessage="No other label"
        />
        <Button
          variant="default"
          disabled={!chosen}
          loading={add.isPending}
          onClick={() => chosen && add.mutate(chosen)}
        >
          Add label
        </Button>
      </Group>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          if (newName.trim()) create.mutate(newName.trim());
        }}
      >
        <Group align="flex-end">
          <TextInput
            label="New label"
            value={newName}
            onChange={(event) => setNewName(event.currentTarget.value)}
          />
          <Button type="submit" variant="default" loading={create.isPending}>
            Create and add
          </Button>
        </Group>
      </form>
    </Stack>
  );
}

import { Button, Card, Stack, Text, Textarea, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useInfiniteQuery, useQueryClient } from '@tanstack/react-query';
import { api } from '../api/api';
import { answer } from '../api/api-problem';
import { ProblemAlert } from '../api/problem-alert';
import { useFormSubmit } from '../api/use-form-submit';
import { formatDateTime } from '../ui/format-date';
import { personName } from '../ui/person-name';
import type { Contact } from './contacts-table';

/** A contact's notes, newest first, each with its author and time; and a new note. */
export function ContactNotes({ contact }: { contact: Contact }) {
  const institutionId = contact.institutionId;
  const path = { institutionId, contactId: contact.id };
  const queryKey = ['contact-notes', institutionId, contact.id];
  const queryClient = useQueryClient();
  const notes = useInfiniteQuery({
    queryKey,
    queryFn: ({ pageParam }) =>
      answer(
        api.GET('/v1/institutions/{institutionId}/contacts/{contactId}/notes', {
          params: { path, query: { cursor: pageParam, limit: 20 } },
        }),
      ),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => page.nextCursor ?? undefined,
  });
  const form = useForm({ initialValues: { text: '' } });
  const submit = useFormSubmit(
    form,
    (body) =>
      answer(
        api.POST('/v1/institutions/{institutionId}/contacts/{contactId}/notes', { params: { path }, body }),
      ),
    () => {
      form.reset();
      void queryClient.invalidateQueries({ queryKey });
    },
  );
  const items = notes.data?.pages.flatMap((page) => page.items) ?? [];
  return (
    <Stack gap="sm">
      <Title order={2}>Notes</Title>
      <form onSubmit={submit.onSubmit} noValidate>
        <Stack gap="xs">
          <ProblemAlert error={submit.error} />
          <Textarea label="New note" autosize minRows={2} {...form.getInputProps('text')} />
          <Button type="submit" loading={submit.pending} w="fit-content">
            Add note
          </Button>
        </Stack>
      </form>
      <ProblemAlert error={notes.error} />
      {notes.data && items.length === 0 && <Text>No notes yet.</Text>}
      <Stack gap="xs" role="list" aria-label="Notes, newest first" hidden={items.length === 0}>
        {items.map((note) => (
          <Card key={note.id} withBorder role="listitem">
            <Text size="sm" c="dimmed">
              {personName(note.authorName)} · {formatDateTime(note.createdAt)}
            </Text>
            <Text style={{ whiteSpace: 'pre-wrap' }}>{note.text}</Text>
          </Card>
        ))}
      </Stack>
      {notes.hasNextPage && (
        <Button
          variant="default"
          onClick={() => void notes.fetchNextPage()}
          loading={notes.isFetchingNextPage}
        >
          Show older notes
        </Button>
      )}
    </Stack>
  );
}

import { Anchor, Button, Group, MultiSelect, Select, Stack, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useQueryClient } from '@tanstack/react-query';
import { Link, useNavigate } from 'react-router-dom';
import { api } from '../api/api';
import { answer } from '../api/api-problem';
import { ProblemAlert } from '../api/problem-alert';
import { useFormSubmit } from '../api/use-form-submit';
import type { ConsolePage } from '../console/console-page';
import { SOURCE_WORDS } from '../ui/words';
import { contactBody, ContactFields, type ContactValues, EMPTY_CONTACT } from './contact-fields';
import { useLabels } from './use-labels';

type NewContactSource = 'manual' | 'career_fair' | 'job_posting';

type NewContactValues = ContactValues & {
  source: NewContactSource;
  labelIds: string[];
};

const SOURCES: NewContactSource[] = ['manual', 'career_fair', 'job_posting'];

/** "Add a contact": its fields, how it came and its labels; then its page. */
export const NewContactPage: ConsolePage = ({ institutionId }) => {
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const labels = useLabels(institutionId);
  const form = useForm<NewContactValues>({
    initialValues: { ...EMPTY_CONTACT, source: 'manual', labelIds: [] },
  });
  const submit = useFormSubmit(
    form,
    (values) =>
      answer(
        api.POST('/v1/institutions/{institutionId}/contacts', {
          params: { path: { institutionId } },
          body: { ...contactBody(values), source: values.source, labelIds: values.labelIds },
        }),
      ),
    (contact) => {
      void queryClient.invalidateQueries({ queryKey: ['contacts', institutionId] });
      navigate(`/schools/${institutionId}/contacts/${contact.id}`);
    },
  );
  return (
    <Stack maw={720}>
      <Anchor component={Link} to={`/schools/${institutionId}/contacts`}>
        Back to contacts
      </Anchor>
      <Title order={1}>Add a contact</Title>
      <form onSubmit={submit.onSubmit} noValidate>
        <Stack>
          <ProblemAlert error={submit.error} />
          <ContactFields form={form} />
          <Group grow align="flex-start">
            <Select
              label="Source"
              data={SOURCES.map((source) => ({ value: source, label: SOURCE_WORDS[source] ?? source }))}
              allowDeselect={false}
              {...form.getInputProps('source')}
            />
            <MultiSelect
              label="Labels"
              data={(labels.data ?? []).map((label) => ({ value: label.id, label: label.name }))}
              searchable
              {...form.getInputProps('labelIds')}
            />
          </Group>
          <Group>
            <Button type="submit" loading={submit.pending}>
              Save contact
            </Button>
          </Group>
        </Stack>
      </form>
    </Stack>
  );
};

import { Anchor, Button, Group, Stack, Table, TagsInput, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useDebouncedValue } from '@mantine/hooks';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { api } from '../api/api';
import { answer } from '../api/api-problem';
import { ProblemAlert } from '../api/problem-alert';
import { useFormSubmit } from '../api/use-form-submit';
import { usePagedList } from '../api/use-paged-list';
import { formatDate } from '../ui/format-date';
import { ShowMoreButton } from '../ui/show-more-button';

/** The platform's institutions: a search, and a new one; each opens its console (to add its first staff). */
export function InstitutionsPage() {
  const [search, setSearch] = useState('');
  const [q] = useDebouncedValue(search.trim(), 250);
  const institutions = usePagedList({
    queryKey: ['institutions', 'admin', q],
    page: (cursor) =>
      answer(api.GET('/v1/institutions', { params: { query: { q: q || undefined, cursor, limit: 50 } } })),
  });
  const { items } = institutions;
  return (
    <Stack>
      <Title order={1}>Institutions</Title>
      <TextInput
        label="Search institutions"
        value={search}
        onChange={(event) => setSearch(event.currentTarget.value)}
        maw={360}
      />
      <ProblemAlert error={institutions.error} />
      <Table>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Name</Table.Th>
            <Table.Th>Email domains</Table.Th>
            <Table.Th>Created</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((institution) => (
            <Table.Tr key={institution.id}>
              <Table.Td>
                <Anchor component={Link} to={`/schools/${institution.id}/staff`}>
                  {institution.name}
                </Anchor>
              </Table.Td>
              <Table.Td>{institution.emailDomains.join(', ')}</Table.Td>
              <Table.Td>{formatDate(institution.createdAt)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {institutions.data && items.length === 0 && <Text>No institution matches.</Text>}
      <ShowMoreButton list={institutions} />
      <NewInstitution />
    </Stack>
  );
}

function NewInstitution() {
  const queryClient = useQueryClient();
  const form = useForm({ initialValues: { name: '', website: '', emailDomains: [] as string[] } });
  const submit = useFormSubmit(
    form,
    ({ name, website, emailDomains }) =>
      answer(
        api.POST('/v1/institutions', { body: { name, website: website.trim() || undefined, emailDomains } }),
      ),
    () => {
      form.reset();
      void queryClient.invalidateQueries({ queryKey: ['institutions'] });
    },
  );
  return (
    <form onSubmit={submit.onSubmit} noValidate aria-labelledby="new-institution">
      <Stack maw={560}>
        <Title order={2} id="new-institution">
          New institution
        </Title>
        <ProblemAlert error={submit.error} />
        <TextInput label="Name" required {...form.getInputProps('name')} />
        <TextInput
          label="Website"
          type="url"
          placeholder="https://www.example.edu"
          {...form.getInputProps('website')}
        />
        <TagsInput
          label="Email domains"
          description="Press Enter after each, e.g. example.edu"
          {...form.getInputProps('emailDomains')}
        />
        <Group>
          <Button type="submit" loading={submit.pending}>
            Create institution
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

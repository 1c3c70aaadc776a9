import { Button, Group, Select, Stack, Text, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { api } from '../api/api';
import { answer } from '../api/api-problem';
import { ProblemAlert } from '../api/problem-alert';

/** Choosing a school to join: a search of the schools by name, then a request its career services review. */
export function JoinSchool() {
  const queryClient = useQueryClient();
  const [search, setSearch] = useState('');
  const [typed] = useDebouncedValue(search.trim(), 250);
  const [institutionId, setInstitutionId] = useState<string | null>(null);
  const schools = useQuery({
    queryKey: ['institutions', typed],
    queryFn: () =>
      answer(api.GET('/v1/institutions', { params: { query: { q: typed || undefined, limit: 20 } } })),
    placeholderData: (previous) => previous,
  });
  const join = useMutation({
    mutationFn: (id: string) => answer(api.POST('/v1/me/join-requests', { body: { institutionId: id } })),
    onSuccess: () => {
      setInstitutionId(null);
      void queryClient.invalidateQueries({ queryKey: ['me'] });
    },
  });
  return (
    <Stack component="section" aria-labelledby="join-school">
      <Title order={2} id="join-school">
        Join a school
      </Title>
      {join.isSuccess && (
        <Text role="status">
          {join.data.status === 'approved'
            ? 'You have joined the school.'
            : 'Your request was sent: the school’s career services will review it, and you will get an email.'}
        </Text>
      )}
      <ProblemAlert error={schools.error ?? join.error} />
      <Group align="end">
        <Select
          label="School"
          placeholder="Type the school's name"
          searchable
          searchValue={search}
          onSearchChange={setSearch}
          filter={({ options }) => options}
          data={(schools.data?.items ?? []).map((school) => ({ value: school.id, label: school.name }))}
          value={institutionId}
          onChange={setInstitutionId}
          nothingFoundMessage={typed ? 'No school has this name' : undefined}
          w={360}
        />
        <Button
          disabled={!institutionId}
          loading={join.isPending}
          onClick={() => institutionId && join.mutate(institutionId)}
        >
          Ask to join
        </Button>
      </Group>
    </Stack>
  );
}

import { Anchor, Stack, Table, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { api } from '../api/api';
import { answer } from '../api/api-problem';
import { ProblemAlert } from '../api/problem-alert';
import { usePagedList } from '../api/use-paged-list';
import { formatDate } from '../ui/format-date';
import { ShowMoreButton } from '../ui/show-more-button';

/** The platform's company profiles, with or without staff, by part of the name; each opens at `linkTo(id)`. */
export function CompanySearch({ linkTo }: { linkTo: (companyId: string) => string }) {
  const [search, setSearch] = useState('');
  const [q] = useDebouncedValue(search.trim(), 250);
  const companies = usePagedList({
    queryKey: ['companies', q],
    page: (cursor) =>
      answer(api.GET('/v1/companies', { params: { query: { q: q || undefined, cursor, limit: 50 } } })),
  });
  const { items } = companies;
  return (
    <Stack>
      <TextInput
        label="Search companies"
        description="Part of the company's name"
        value={search}
        onChange={(event) => setSearch(event.currentTarget.value)}
        maw={360}
      />
      <ProblemAlert error={companies.error} />
      <Table>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Company</Table.Th>
            <Table.Th>Domain</Table.Th>
            <Table.Th>Website</Table.Th>
            <Table.Th>Created</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((company) => (
            <Table.Tr key={company.id}>
              <Table.Td>
                <Anchor component={Link} to={linkTo(company.id)}>
                  {company.name}
                </Anchor>
              </Table.Td>
              <Table.Td>{company.domain ?? '—'}</Table.Td>
              <Table.Td>{company.website ?? '—'}</Table.Td>
              <Table.Td>{formatDate(company.createdAt)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {companies.data && items.length === 0 && <Text>No company matches.</Text>}
      <ShowMoreButton list={companies} />
    </Stack>
  );
}

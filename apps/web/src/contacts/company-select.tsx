import { Select } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { api } from '../api/api';
import { answer } from '../api/api-problem';

interface CompanySelectProps {
  label: string;
  value: string | null;
  onChange: (companyId: string | null) => void;
  description?: string;
  error?: string;
}

/** A company profile of the directory, found by typing part of its name. */
export function CompanySelect({ label, value, onChange, description, error }: CompanySelectProps) {
  const [search, setSearch] = useState('');
  const [q] = useDebouncedValue(search.trim(), 250);
  const chosen = useQuery({
    queryKey: ['company', value],
    queryFn: () =>
      answer(api.GET('/v1/companies/{companyId}', { params: { path: { companyId: value ?? '' } } })),
    enabled: value !== null,
    staleTime: 5 * 60_000,
  });
  const found = useQuery({
    queryKey: ['companies', q],
    queryFn: () => answer(api.GET('/v1/companies', { params: { query: { q, limit: 20 } } })),
    enabled: q.length > 0,
  });
  const options = new Map<string, string>();
  if (chosen.data) options.set(chosen.data.id, chosen.data.name);
  for (const company of found.data?.items ?? []) options.set(company.id, company.name);
  return (
    <Select
      label={label}
      description={description}
      error={error}
      placeholder="Type a company's name"
      searchable
      clearable
      data={[...options].map(([id, name]) => ({ value: id, label: name }))}
      value={value}
      onChange={onChange}
      searchValue={search}
      onSearchChange={setSearch}
      nothingFoundMessage={q ? 'No company matches' : undefined}
      filter={({ options }) => options}
    />
  );
}

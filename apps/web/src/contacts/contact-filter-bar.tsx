import { Group, MultiSelect, Select, TextInput } from '@mantine/core';
import { memo } from 'react';
import { SOURCE_WORDS } from '../ui/words';
import { CompanySelect } from './company-select';
import type { ContactSort, ContactSource, ContactView } from './contact-filters';
import { useLabels } from './use-labels';

const SORT_OPTIONS: { value: ContactSort; label: string }[] = [
  { value: 'name', label: 'Name' },
  { value: 'email', label: 'Email' },
  { value: '-createdAt', label: 'Newest first' },
  { value: 'createdAt', label: 'Oldest first' },
];

/** The contacts page's search (the text as typed), filters and sort; rendered again only when one of them changes. */
export const ContactFilterBar = memo(function ContactFilterBar({
  institutionId,
  view,
  search,
  onSearch,
  onChange,
}: {
  institutionId: string;
  view: ContactView;
  search: string;
  onSearch: (text: string) => void;
  onChange: (change: Partial<ContactView>) => void;
}) {
  const labels = useLabels(institutionId);
  return (
    <Group align="flex-end" gap="sm">
      <TextInput
        label="Search contacts"
        description="Name, email or company"
        type="search"
        value={search}
        onChange={(event) => onSearch(event.currentTarget.value)}
        w={260}
      />
      <MultiSelect
        label="Labels"
        data={(labels.data ?? []).map((label) => ({ value: label.id, label: label.name }))}
        value={view.labelIds}
        onChange={(labelIds) => onChange({ labelIds })}
        searchable
        clearable
        w={220}
      />
      <MultiSelect
        label="Source"
        data={Object.entries(SOURCE_WORDS).map(([value, label]) => ({ value, label }))}
        value={view.sources}
        onChange={(sources) => onChange({ sources: sources as ContactSource[] })}
        clearable
        w={220}
      />
      <CompanySelect
        label="Company"
        value={view.companyId}
        onChange={(companyId) => onChange({ companyId })}
      />
      <Select
        label="Has an account"
        data={[
          { value: 'any', label: 'Any' },
          { value: 'true', label: 'Yes' },
          { value: 'false', label: 'No' },
        ]}
        value={view.linked}
        onChange={(linked) => onChange({ linked: (linked ?? 'any') as ContactView['linked'] })}
        allowDeselect={false}
        w={140}
      />
      <Select
        label="Archived"
        data={[
          { value: 'false', label: 'No' },
          { value: 'true', label: 'Yes' },
          { value: 'any', label: 'Any' },
        ]}
        value={view.archived}
        onChange={(archived) => onChange({ archived: (archived ?? 'false') as ContactView['archived'] })}
        allowDeselect={false}
        w={120}
      />
      <Select
        label="Sort by"
        data={SORT_OPTIONS}
        value={view.sort}
        onChange={(sort) => onChange({ sort: (sort ?? 'name') as ContactSort })}
        allowDeselect={false}
        w={160}
      />
    </Group>
  );
});

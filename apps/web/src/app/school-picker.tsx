import { Select } from '@mantine/core';
import { useNavigate } from 'react-router-dom';
import { useInstitutionNames } from '../institutions/use-institution';
import type { Membership } from '../session/use-me';

/** The school whose console is open, for staff of more than one. */
export function SchoolPicker({ schools, current }: { schools: Membership[]; current: string | undefined }) {
  const navigate = useNavigate();
  const names = useInstitutionNames(schools.map((school) => school.institutionId));
  return (
    <Select
      aria-label="School"
      placeholder="Choose a school"
      visibleFrom="sm"
      data={schools.map((school) => ({
        value: school.institutionId,
        label: names.get(school.institutionId) ?? 'Loading…',
      }))}
      value={current ?? null}
      onChange={(id) => id && void navigate(`/schools/${id}/contacts`)}
      allowDeselect={false}
    />
  );
}

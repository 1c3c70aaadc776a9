import { Anchor, Loader, Stack, Title } from '@mantine/core';
import { Link, useParams } from 'react-router-dom';
import { ProblemAlert } from '../api/problem-alert';
import type { ConsolePage } from '../console/console-page';
import { useMe } from '../session/use-me';
import { CompanyFacts, CompanyStaffList } from './company-profile';
import { useCompany, useCompanyStaff } from './use-company';

/** One company profile as the school's staff see it: read only. */
export const ConsoleCompanyPage: ConsolePage = ({ institutionId }) => {
  const companyId = useParams()['companyId'] ?? '';
  const me = useMe();
  const company = useCompany(companyId);
  const staff = useCompanyStaff(companyId);
  return (
    <Stack>
      <Anchor component={Link} to={`/schools/${institutionId}/companies`} size="sm">
        All companies
      </Anchor>
      <Title order={1}>{company.data?.name ?? 'Company'}</Title>
      <ProblemAlert error={company.error ?? staff.error} />
      {company.isLoading && <Loader aria-label="Loading" />}
      {company.data && <CompanyFacts company={company.data} />}
      {staff.data !== undefined && <CompanyStaffList staff={staff.data} meId={me.data?.id} />}
    </Stack>
  );
};

import { Divider, Stack, Text, Title } from '@mantine/core';
import { useMe } from '../session/use-me';
import { CompanySearch } from './company-search';
import { NewCompany } from './new-company';

/** Companies for employers: find their company's profile to join its staff, or create it. */
export function EmployerCompaniesPage() {
  const me = useMe();
  const employer = me.data?.userType === 'employer';
  return (
    <Stack>
      <Title order={1}>Companies</Title>
      {employer && (
        <Text>Find your company to join its staff, or create its profile if it is not here yet.</Text>
      )}
      <CompanySearch linkTo={(companyId) => `/companies/${companyId}`} />
      {employer && (
        <>
          <Divider />
          <NewCompany />
        </>
      )}
    </Stack>
  );
}

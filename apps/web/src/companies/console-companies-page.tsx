import { Stack, Text, Title } from '@mantine/core';
import type { ConsolePage } from '../console/console-page';
import { CompanySearch } from './company-search';

/** The company profiles on the platform, for the school's staff to look up (read only). */
export const ConsoleCompaniesPage: ConsolePage = ({ institutionId }) => (
  <Stack>
    <Title order={1}>Companies</Title>
    <Text>Every company profile on the platform, with or without staff members.</Text>
    <CompanySearch linkTo={(companyId) => `/schools/${institutionId}/companies/${companyId}`} />
  </Stack>
);

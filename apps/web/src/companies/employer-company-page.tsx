import { Anchor, Button, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Link, useParams } from 'react-router-dom';
import { api } from '../api/api';
import { answer } from '../api/api-problem';
import { ProblemAlert } from '../api/problem-alert';
import { useMe } from '../session/use-me';
import { ConfirmButton } from '../ui/confirm-button';
import { CompanyFacts, CompanyStaffList } from './company-profile';
import { useCompany, useCompanyStaff } from './use-company';

/** A company's profile for an employer: its staff when they are on it, joining it, and leaving it. */
export function EmployerCompanyPage() {
  const companyId = useParams()['companyId'] ?? '';
  const me = useMe();
  const queryClient = useQueryClient();
  const company = useCompany(companyId);
  const staff = useCompanyStaff(companyId);
  const refresh = () => void queryClient.invalidateQueries({ queryKey: ['company-staff', companyId] });
  const join = useMutation({
    mutationFn: () =>
      answer(api.POST('/v1/companies/{companyId}/staff', { params: { path: { companyId } } })),
    onSuccess: refresh,
  });
  const leave = useMutation({
    mutationFn: (userId: string) =>
      answer(
        api.DELETE('/v1/companies/{companyId}/staff/{userId}', { params: { path: { companyId, userId } } }),
      ),
    onSuccess: refresh,
  });
  const meId = me.data?.id;
  const onStaff = meId !== undefined && (staff.data ?? []).some((member) => member.userId === meId);
  const employer = me.data?.userType === 'employer';
  const name = company.data?.name ?? 'Company';
  return (
    <Stack>
      <Anchor component={Link} to="/companies" size="sm">
        All companies
      </Anchor>
      <Title order={1}>{name}</Title>
      <ProblemAlert error={company.error ?? staff.error} />
      {company.isLoading && <Loader aria-label="Loading" />}
      {company.data && <CompanyFacts company={company.data} />}
      {leave.isSuccess && !onStaff && <Text role="status">You left {name}’s staff. The profile stays.</Text>}
      {join.isSuccess && onStaff && <Text role="status">You joined {name}’s staff.</Text>}
      <ProblemAlert error={join.error ?? leave.error} />
      {employer && staff.data !== undefined && (
        <Group>
          {onStaff && meId ? (
            <ConfirmButton
              variant="default"
              title="Leave the company"
              question={`Leave ${name}’s staff? The profile stays; you can join it again.`}
              confirmLabel="Leave"
              loading={leave.isPending}
              onConfirm={() => leave.mutate(meId)}
            >
              Leave this company
            </ConfirmButton>
          ) : (
            <Button onClick={() => join.mutate()} loading={join.isPending}>
              Join this company’s staff
            </Button>
          )}
        </Group>
      )}
      {staff.data !== undefined && <CompanyStaffList staff={staff.data} meId={meId} />}
    </Stack>
  );
}

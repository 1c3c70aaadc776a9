import { Loader, Select, Stack, Table, Text, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../api/api';
import { answer } from '../api/api-problem';
import { ProblemAlert } from '../api/problem-alert';
import type { ConsolePage } from '../console/console-page';
import { isSchoolAdmin, useMe } from '../session/use-me';
import { ConfirmButton } from '../ui/confirm-button';
import { formatDate } from '../ui/format-date';
import { ROLE_WORDS, STATUS_WORDS, words } from '../ui/words';
import { AddStaffMember } from './add-staff-member';
import { activeAdministrators, type StaffMember, useStaff } from './use-staff';

type StaffRole = StaffMember['role'];

const ROLE_OPTIONS = (['career_services_staff', 'career_services_admin'] as const).map((role) => ({
  value: role,
  label: words(ROLE_WORDS, role),
}));

/** The school's career services staff; administrators add people, change roles and remove people. */
export const StaffPage: ConsolePage = ({ institutionId }) => {
  const me = useMe();
  const queryClient = useQueryClient();
  const staff = useStaff(institutionId);
  const canManage = isSchoolAdmin(me.data, institutionId);
  const refresh = () => {
    void queryClient.invalidateQueries({ queryKey: ['staff', institutionId] });
    void queryClient.invalidateQueries({ queryKey: ['me'] });
  };
  const changeRole = useMutation({
    mutationFn: ({ userId, role }: { userId: string; role: StaffRole }) =>
      answer(
        api.PATCH('/v1/institutions/{institutionId}/staff/{userId}', {
          params: { path: { institutionId, userId } },
          body: { role },
        }),
      ),
    onSettled: refresh,
  });
  const remove = useMutation({
    mutationFn: (userId: string) =>
      answer(
        api.DELETE('/v1/institutions/{institutionId}/staff/{userId}', {
          params: { path: { institutionId, userId } },
        }),
      ),
    onSettled: refresh,
  });
  const members = staff.data ?? [];
  const administrators = activeAdministrators(members);
  const onlyAdministrator = administrators.length === 1 ? administrators[0]?.userId : undefined;
  const refusal = changeRole.error ?? remove.error;

  return (
    <Stack>
      <Title order={1}>Staff</Title>
      <ProblemAlert error={staff.error} />
      {staff.isLoading && <Loader aria-label="Loading" />}
      <ProblemAlert error={refusal} />
      {staff.data && members.length === 0 && <Text>The school has no career services staff yet.</Text>}
      {members.length > 0 && (
        <Table.ScrollContainer minWidth={800}>
          <Table>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Name</Table.Th>
                <Table.Th>Email</Table.Th>
                <Table.Th>Role</Table.Th>
                <Table.Th>Account</Table.Th>
                <Table.Th>Membership</Table.Th>
                <Table.Th>Added</Table.Th>
                {canManage && <Table.Th>Actions</Table.Th>}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {members.map((member) => {
                const protectedAdmin = member.userId === onlyAdministrator;
                return (
                  <Table.Tr key={member.userId}>
                    <Table.Td>{member.name}</Table.Td>
                    <Table.Td>{member.email}</Table.Td>
                    <Table.Td>
                      {canManage && !protectedAdmin ? (
                        <Select
                          aria-label={`Role of ${member.name}`}
                          data={ROLE_OPTIONS}
                          value={member.role}
                          allowDeselect={false}
                          disabled={changeRole.isPending}
                          onChange={(role) => {
                            if (role && role !== member.role)
                              changeRole.mutate({ userId: member.userId, role: role as StaffRole });
                          }}
                          w={260}
                        />
                      ) : (
                        words(ROLE_WORDS, member.role)
                      )}
                    </Table.Td>
                    <Table.Td>{words(STATUS_WORDS, member.accountStatus)}</Table.Td>
                    <Table.Td>{words(STATUS_WORDS, member.membershipStatus)}</Table.Td>
                    <Table.Td>{formatDate(member.addedAt)}</Table.Td>
                    {canManage && (
                      <Table.Td>
                        {protectedAdmin ? (
                          <Text size="sm">The only administrator</Text>
                        ) : (
                          <ConfirmButton
                            variant="default"
                            size="xs"
                            aria-label={`Remove ${member.name}`}
                            title="Remove from the staff"
                            question={`Remove ${member.name} from the school’s staff? Their account stays.`}
                            confirmLabel="Remove"
                            loading={remove.isPending && remove.variables === member.userId}
                            onConfirm={() => remove.mutate(member.userId)}
                          >
                            Remove
                          </ConfirmButton>
                        )}
                      </Table.Td>
                    )}
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {canManage && <AddStaffMember institutionId={institutionId} />}
    </Stack>
  );
};

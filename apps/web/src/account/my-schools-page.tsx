import { Badge, Button, Card, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../api/api';
import { answer } from '../api/api-problem';
import { ProblemAlert } from '../api/problem-alert';
import { useInstitutionNames } from '../institutions/use-institution';
import { type Membership, useMe } from '../session/use-me';
import { ROLE_WORDS, STATUS_WORDS, words } from '../ui/words';
import { JoinSchool } from './join-school';

/** The schools the person belongs to or asked to join, invitations to a school's staff, and joining another school. */
export function MySchoolsPage() {
  const me = useMe();
  const memberships = me.data?.memberships ?? [];
  const names = useInstitutionNames(memberships.map((membership) => membership.institutionId));
  const canJoin = me.data && ['student', 'alumni', 'employer'].includes(me.data.userType);
  return (
    <Stack maw={720}>
      <Title order={1}>My schools</Title>
      <ProblemAlert error={me.error} />
      {me.isLoading && <Loader aria-label="Loading" />}
      {me.data && memberships.length === 0 && <Text>You do not belong to a school yet.</Text>}
      {memberships.map((membership) => (
        <MembershipCard
          key={membership.institutionId}
          membership={membership}
          name={names.get(membership.institutionId) ?? '…'}
        />
      ))}
      {canJoin && <JoinSchool />}
    </Stack>
  );
}

function isStaffInvitation(membership: Membership): boolean {
  return (
    membership.status === 'pending' && membership.roles.some((role) => role.startsWith('career_services'))
  );
}

function MembershipCard({ membership, name }: { membership: Membership; name: string }) {
  return (
    <Card withBorder component="section" aria-label={name}>
      <Group justify="space-between">
        <div>
          <Title order={2} size="h4">
            {name}
          </Title>
          <Text size="sm">{membership.roles.map((role) => words(ROLE_WORDS, role)).join(', ')}</Text>
        </div>
        <Badge variant="light">{words(STATUS_WORDS, membership.status)}</Badge>
      </Group>
      {isStaffInvitation(membership) && (
        <StaffInvitation institutionId={membership.institutionId} name={name} />
      )}
    </Card>
  );
}

function StaffInvitation({ institutionId, name }: { institutionId: string; name: string }) {
  const queryClient = useQueryClient();
  const refresh = () => void queryClient.invalidateQueries({ queryKey: ['me'] });
  const accept = useMutation({
    mutationFn: () =>
      answer(
        api.POST('/v1/me/staff-invitations/{institutionId}/accept', { params: { path: { institutionId } } }),
      ),
    onSuccess: refresh,
  });
  const decline = useMutation({
    mutationFn: () =>
      answer(
        api.POST('/v1/me/staff-invitations/{institutionId}/decline', { params: { path: { institutionId } } }),
      ),
    onSuccess: refresh,
  });
  return (
    <Stack mt="sm">
      <Text>{name} invites you to its career services staff.</Text>
      <ProblemAlert error={accept.error ?? decline.error} />
      <Group>
        <Button onClick={() => accept.mutate()} loading={accept.isPending}>
          Join the staff
        </Button>
        <Button variant="default" onClick={() => decline.mutate()} loading={decline.isPending}>
          Decline
        </Button>
      </Group>
    </Stack>
  );
}

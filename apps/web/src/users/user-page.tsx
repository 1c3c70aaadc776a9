import { Alert, Anchor, Badge, Group, Loader, Stack, Table, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from 'react-router-dom';
import type { components } from '@careers/api-client';
import { api } from '../api/api';
import { answer } from '../api/api-problem';
import { ProblemAlert } from '../api/problem-alert';
import type { ConsolePage } from '../console/console-page';
import { formatDate } from '../ui/format-date';
import { ROLE_WORDS, STATUS_WORDS, words } from '../ui/words';
import { StaffEmailChange } from './staff-email-change';
import { SyncExclusion } from './sync-exclusion';
import { PRIVATE_PROFILE } from './user-words';

type InstitutionUser = components['schemas']['InstitutionUserReply'];

/** The school manages these accounts alone, so its staff may change their email (the API has the last word). */
const EMAIL_BY_STAFF = ['student', 'alumni', 'mentor'];

/** A person of the school, under the employer privacy rule: a private profile shows only what the API gives. */
export const UserPage: ConsolePage = ({ institutionId }) => {
  const userId = useParams()['userId'] ?? '';
  const user = useQuery({
    queryKey: ['users', institutionId, 'detail', userId],
    queryFn: () =>
      answer(
        api.GET('/v1/institutions/{institutionId}/users/{userId}', {
          params: { path: { institutionId, userId } },
        }),
      ),
  });
  return (
    <Stack maw={880}>
      <Anchor component={Link} to={`/schools/${institutionId}/users`}>
        Back to the users
      </Anchor>
      <ProblemAlert error={user.error} />
      {user.isLoading && <Loader role="status" aria-label="Loading" />}
      {user.data && <Person institutionId={institutionId} user={user.data} />}
    </Stack>
  );
};

function Person({ institutionId, user }: { institutionId: string; user: InstitutionUser }) {
  const membership = user.membership;
  const visible = user.profile === 'visible';
  const rows: [string, string | null | undefined][] = [
    ['Email', user.email],
    ['New email, waiting for confirmation', user.pendingEmail],
    ['Phone', user.phone],
    ['Type', words(ROLE_WORDS, user.userType)],
    ['Account', user.status && words(STATUS_WORDS, user.status)],
    ['Membership', membership ? words(STATUS_WORDS, membership.status) : 'A contact, not a member'],
    ['Roles', membership?.roles.map((role) => words(ROLE_WORDS, role)).join(', ')],
    ['Username', membership?.username],
    ['Single sign-on identifier', membership?.authIdentifier],
    ['Member since', membership && formatDate(membership.createdAt)],
  ];
  return (
    <>
      <Group>
        <Title order={1}>{visible ? (user.name ?? user.email ?? PRIVATE_PROFILE) : PRIVATE_PROFILE}</Title>
        {membership?.excludedFromSyncs && (
          <Badge variant="light" color="orange">
            Excluded from syncs
          </Badge>
        )}
      </Group>
      {!visible && (
        <Alert color="gray" title="This employer's profile is private">
          {user.privacyNote ?? 'Only what the employer shares with the school is shown.'}
        </Alert>
      )}
      <Table variant="vertical" withTableBorder maw={640}>
        <Table.Tbody>
          {rows
            .filter(([, value]) => value)
            .map(([label, value]) => (
              <Table.Tr key={label}>
                <Table.Th w={240}>{label}</Table.Th>
                <Table.Td>{value}</Table.Td>
              </Table.Tr>
            ))}
        </Table.Tbody>
      </Table>
      {membership?.excludedFromSyncs && <SyncExclusion institutionId={institutionId} userId={user.id} />}
      {visible && membership && EMAIL_BY_STAFF.includes(user.userType) && (
        <StaffEmailChange institutionId={institutionId} userId={user.id} name={user.name ?? 'The person'} />
      )}
    </>
  );
}

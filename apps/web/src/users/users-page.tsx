import {
  Anchor,
  Badge,
  Checkbox,
  Group,
  Loader,
  Select,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { keepPreviousData } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import type { components } from '@careers/api-client';
import { api } from '../api/api';
import { answer } from '../api/api-problem';
import { ProblemAlert } from '../api/problem-alert';
import { usePagedList } from '../api/use-paged-list';
import type { ConsolePage } from '../console/console-page';
import { ShowMoreButton } from '../ui/show-more-button';
import { ROLE_WORDS, STATUS_WORDS, words } from '../ui/words';
import { ActivationEmails } from './activation-emails';
import { PRIVATE_PROFILE } from './user-words';

type UserType = components['schemas']['InstitutionUserReply']['userType'];
type MembershipStatus = components['schemas']['MembershipReply']['status'];

const TYPE_OPTIONS = ['student', 'alumni', 'mentor', 'employer', 'career_services'].map((value) => ({
  value,
  label: words(ROLE_WORDS, value),
}));
const STATUS_OPTIONS = ['active', 'pending', 'declined', 'inactive'].map((value) => ({
  value,
  label: words(STATUS_WORDS, value),
}));

/** The school's people (students, alumni, mentors, employers, staff): by name or email, type, status, sync exclusion. */
export const UsersPage: ConsolePage = ({ institutionId }) => {
  const [search, setSearch] = useState('');
  const [q] = useDebouncedValue(search.trim(), 250);
  const [userType, setUserType] = useState<UserType | null>(null);
  const [status, setStatus] = useState<MembershipStatus | null>(null);
  const [excludedOnly, setExcludedOnly] = useState(false);
  const query = {
    q: q || undefined,
    userType: userType ?? undefined,
    status: status ?? undefined,
    excludedFromSyncs: excludedOnly ? true : undefined,
  };
  const users = usePagedList({
    queryKey: ['users', institutionId, 'search', query],
    page: (cursor) =>
      answer(
        api.GET('/v1/institutions/{institutionId}/users', {
          params: { path: { institutionId }, query: { ...query, cursor, limit: 50 } },
        }),
      ),
    // The last answer stays while the next search runs, rather than the table blinking out at each letter.
    placeholderData: keepPreviousData,
  });
  const { items } = users;
  return (
    <Stack>
      <Title order={1}>Users</Title>
      <ActivationEmails institutionId={institutionId} />
      <Group align="end">
        <TextInput
          label="Search by name or email"
          value={search}
          onChange={(event) => setSearch(event.currentTarget.value)}
          w={320}
        />
        <Select
          label="Type"
          placeholder="Any type"
          data={TYPE_OPTIONS}
          value={userType}
          onChange={(value) => setUserType(value as UserType | null)}
          clearable
          w={200}
        />
        <Select
          label="Status"
          placeholder="Any status"
          data={STATUS_OPTIONS}
          value={status}
          onChange={(value) => setStatus(value as MembershipStatus | null)}
          clearable
          w={180}
        />
        <Checkbox
          label="Only people excluded from syncs"
          checked={excludedOnly}
          onChange={(event) => setExcludedOnly(event.currentTarget.checked)}
          mb={8}
        />
      </Group>
      <ProblemAlert error={users.error} />
      {users.isLoading && <Loader role="status" aria-label="Loading" />}
      {users.data && items.length === 0 && <Text>No one matches.</Text>}
      {items.length > 0 && (
        <Table>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Name</Table.Th>
              <Table.Th>Email</Table.Th>
              <Table.Th>Type</Table.Th>
              <Table.Th>Status</Table.Th>
              <Table.Th>Sync files</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {items.map((user) => (
              <Table.Tr key={user.id}>
                <Table.Td>
                  <Anchor component={Link} to={`/schools/${institutionId}/users/${user.id}`}>
                    {user.profile === 'private' ? PRIVATE_PROFILE : (user.name ?? user.email ?? user.id)}
                  </Anchor>
                </Table.Td>
                <Table.Td>{user.email ?? ''}</Table.Td>
                <Table.Td>{words(ROLE_WORDS, user.userType)}</Table.Td>
                <Table.Td>
                  {user.membership ? words(STATUS_WORDS, user.membership.status) : 'Contact only'}
                </Table.Td>
                <Table.Td>
                  {user.membership?.excludedFromSyncs && (
                    <Badge variant="light" color="orange">
                      Excluded from syncs
                    </Badge>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      <ShowMoreButton list={users} />
    </Stack>
  );
};

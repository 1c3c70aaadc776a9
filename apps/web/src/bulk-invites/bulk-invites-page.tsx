import { Anchor, Button, Group, Stack, Table, Text, Title } from '@mantine/core';
import { Link } from 'react-router-dom';
import { api } from '../api/api';
import { answer } from '../api/api-problem';
import { ProblemAlert } from '../api/problem-alert';
import { usePagedList } from '../api/use-paged-list';
import type { ConsolePage } from '../console/console-page';
import { formatDateTime } from '../ui/format-date';
import { ShowMoreButton } from '../ui/show-more-button';
import { words } from '../ui/words';
import { personName } from '../ui/person-name';
import { INVITE_STATUS_WORDS } from './bulk-invite-words';

/** The school's past bulk invites, newest first, each with the employer actions taken since it was sent. */
export const BulkInvitesPage: ConsolePage = ({ institutionId }) => {
  const invites = usePagedList({
    queryKey: ['bulk-invites', institutionId],
    page: (cursor) =>
      answer(
        api.GET('/v1/institutions/{institutionId}/bulk-invites', {
          params: { path: { institutionId }, query: { cursor, limit: 50 } },
        }),
      ),
  });
  const { items } = invites;
  return (
    <Stack>
      <Group justify="space-between">
        <Title order={1}>Bulk invites</Title>
        {/* A bulk invite starts from the contacts it goes to: "Bulk actions" there. */}
        <Button component={Link} to={`/schools/${institutionId}/contacts`}>
          Choose contacts to invite
        </Button>
      </Group>
      <ProblemAlert error={invites.error} />
      <Table.ScrollContainer minWidth={900}>
        <Table>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Created</Table.Th>
              <Table.Th>By</Table.Th>
              <Table.Th>Status</Table.Th>
              <Table.Th>Sent</Table.Th>
              <Table.Th>Contacts</Table.Th>
              <Table.Th>Emails sent</Table.Th>
              <Table.Th>Accounts created</Table.Th>
              <Table.Th>Connection requests</Table.Th>
              <Table.Th>Approvals</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {items.map((invite) => (
              <Table.Tr key={invite.id}>
                <Table.Td>
                  <Anchor
                    component={Link}
                    to={`/schools/${institutionId}/bulk-invites/${invite.id}${invite.status === 'draft' ? '' : '/recipients'}`}
                  >
                    {formatDateTime(invite.createdAt)}
                  </Anchor>
                </Table.Td>
                <Table.Td>{personName(invite.createdByName)}</Table.Td>
                <Table.Td>{words(INVITE_STATUS_WORDS, invite.status)}</Table.Td>
                <Table.Td>{invite.sentAt ? formatDateTime(invite.sentAt) : '—'}</Table.Td>
                <Table.Td>{invite.demographics.contacts}</Table.Td>
                <Table.Td>
                  {invite.status === 'draft'
                    ? `${invite.demographics.emails} to send`
                    : `${invite.progress.emailed} of ${invite.progress.total}`}
                </Table.Td>
                <Table.Td>{invite.employerActions.accountsCreated}</Table.Td>
                <Table.Td>{invite.employerActions.connectionRequests}</Table.Td>
                <Table.Td>{invite.employerActions.approvals}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {invites.data && items.length === 0 && <Text>No bulk invite yet.</Text>}
      <ShowMoreButton list={invites} />
    </Stack>
  );
};

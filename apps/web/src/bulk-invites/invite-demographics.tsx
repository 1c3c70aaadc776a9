import { Group, Stack, Table, Text, Title } from '@mantine/core';
import type { components } from '@careers/api-client';
import { NOT_INVITABLE_WORDS, OUTCOME_WORDS } from './invite-words';

export type BulkInvite = components['schemas']['BulkInviteReply'];

/** How many chosen contacts fall in each outcome, and who cannot be invited. */
export function InviteDemographics({ invite }: { invite: BulkInvite }) {
  const { demographics } = invite;
  const notInvitable = Object.entries(demographics.notInvitable).filter(([, count]) => count > 0);
  return (
    <Stack>
      <Title order={2}>Invitation demographics</Title>
      <Group gap="xl">
        <Text>
          <strong>{demographics.contacts}</strong> contacts chosen
        </Text>
        <Text>
          <strong>{demographics.emails}</strong> get an email
        </Text>
      </Group>
      <Table>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Outcome</Table.Th>
            <Table.Th>Contacts</Table.Th>
            <Table.Th>What happens</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {Object.entries(OUTCOME_WORDS).map(([outcome, { title, what }]) => (
            <Table.Tr key={outcome}>
              <Table.Th scope="row">{title}</Table.Th>
              <Table.Td>{demographics.outcomes[outcome] ?? 0}</Table.Td>
              <Table.Td>{what}</Table.Td>
            </Table.Tr>
          ))}
          {notInvitable.map(([reason, count]) => (
            <Table.Tr key={reason}>
              <Table.Th scope="row">Cannot be invited: {NOT_INVITABLE_WORDS[reason] ?? reason}</Table.Th>
              <Table.Td>{count}</Table.Td>
              <Table.Td>Gets no email.</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Stack>
  );
}

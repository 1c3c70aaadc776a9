import { Anchor, Table, Text, Title } from '@mantine/core';
import type { components } from '@careers/api-client';
import { formatDate } from '../ui/format-date';
import { personName } from '../ui/person-name';

export type Company = components['schemas']['CompanyReply'];
export type CompanyStaffMember = components['schemas']['CompanyStaffMemberReply'];

/** A company profile's facts. */
export function CompanyFacts({ company }: { company: Company }) {
  return (
    <Table variant="vertical" withTableBorder maw={560}>
      <Table.Tbody>
        <Table.Tr>
          <Table.Th w={160}>Domain</Table.Th>
          <Table.Td>{company.domain ?? '—'}</Table.Td>
        </Table.Tr>
        <Table.Tr>
          <Table.Th>Website</Table.Th>
          <Table.Td>
            {company.website ? (
              <Anchor href={company.website} target="_blank" rel="noreferrer">
                {company.website}
              </Anchor>
            ) : (
              '—'
            )}
          </Table.Td>
        </Table.Tr>
        <Table.Tr>
          <Table.Th>Profile created</Table.Th>
          <Table.Td>{formatDate(company.createdAt)}</Table.Td>
        </Table.Tr>
      </Table.Tbody>
    </Table>
  );
}

/**
 * The company's staff members by name, `null` when the caller may not see them. A profile may have no staff: made by a
 * school, or left by its employers.
 */
export function CompanyStaffList({ staff, meId }: { staff: CompanyStaffMember[] | null; meId?: string }) {
  return (
    <section aria-labelledby="company-staff">
      <Title order={2} id="company-staff" mb="xs">
        Staff members
      </Title>
      {staff === null ? (
        <Text>Only the company’s own staff see who its staff members are.</Text>
      ) : staff.length === 0 ? (
        <Text>No employer is on this company’s staff.</Text>
      ) : (
        <Table maw={560}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Staff member</Table.Th>
              <Table.Th>Joined</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {staff.map((member) => (
              <Table.Tr key={member.userId}>
                <Table.Td>
                  {personName(member.name)}
                  {member.userId === meId && ' (you)'}
                </Table.Td>
                <Table.Td>{formatDate(member.joinedAt)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </section>
  );
}

import { Anchor, Badge, Checkbox, Group, Table, Text } from '@mantine/core';
import type { components } from '@careers/api-client';
import { memo, useDeferredValue } from 'react';
import { Link } from 'react-router-dom';
import { SOURCE_WORDS, words } from '../ui/words';

export type Contact = components['schemas']['ContactReply'];

const NO_CONTACTS: Contact[] = [];

/**
 * One page of contacts, each with a check box for the bulk actions on checked items. The rows of a new page are
 * rendered in the background, a few at a time, so the page stays responsive while they appear; a row is rendered
 * again only when its contact or its check box changes.
 */
export function ContactsTable({
  institutionId,
  contacts,
  checked,
  onCheck,
}: {
  institutionId: string;
  contacts: Contact[];
  checked: Set<string>;
  onCheck: (contactIds: string[], check: boolean) => void;
}) {
  const shown = useDeferredValue(contacts, NO_CONTACTS);
  const ids = contacts.map((contact) => contact.id);
  const checkedHere = ids.filter((id) => checked.has(id)).length;
  return (
    <Table.ScrollContainer minWidth={800}>
      <Table striped highlightOnHover>
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={40}>
              <Checkbox
                aria-label="Select all on this page"
                checked={ids.length > 0 && checkedHere === ids.length}
                indeterminate={checkedHere > 0 && checkedHere < ids.length}
                onChange={(event) => onCheck(ids, event.currentTarget.checked)}
                disabled={ids.length === 0}
              />
            </Table.Th>
            <Table.Th>Name</Table.Th>
            <Table.Th>Email</Table.Th>
            <Table.Th>Company</Table.Th>
            <Table.Th>Labels</Table.Th>
            <Table.Th>Source</Table.Th>
            <Table.Th>Account</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {shown.map((contact) => (
            <ContactRow
              key={contact.id}
              institutionId={institutionId}
              contact={contact}
              checked={checked.has(contact.id)}
              onCheck={onCheck}
            />
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

const ContactRow = memo(function ContactRow({
  institutionId,
  contact,
  checked,
  onCheck,
}: {
  institutionId: string;
  contact: Contact;
  checked: boolean;
  onCheck: (contactIds: string[], check: boolean) => void;
}) {
  const name = `${contact.firstName} ${contact.lastName}`;
  return (
    <Table.Tr>
      <Table.Td>
        <Checkbox
          aria-label={`Select ${name}`}
          checked={checked}
          onChange={(event) => onCheck([contact.id], event.currentTarget.checked)}
        />
      </Table.Td>
      <Table.Td>
        <Anchor component={Link} to={`/schools/${institutionId}/contacts/${contact.id}`}>
          {name}
        </Anchor>
        {contact.archived && (
          <Badge ml="xs" color="gray" variant="outline" size="sm">
            Archived
          </Badge>
        )}
      </Table.Td>
      <Table.Td>{contact.email}</Table.Td>
      <Table.Td>{contact.companyName ?? ''}</Table.Td>
      <Table.Td>
        <Group gap={4}>
          {contact.labels.map((label) => (
            <Badge key={label.id} variant="light" size="sm" tt="none">
              {label.name}
            </Badge>
          ))}
        </Group>
      </Table.Td>
      <Table.Td>{words(SOURCE_WORDS, contact.source)}</Table.Td>
      <Table.Td>
        <Text size="sm">{contact.linkedUserId ? 'Yes' : 'No'}</Text>
      </Table.Td>
    </Table.Tr>
  );
});

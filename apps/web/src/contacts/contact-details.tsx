import { Anchor, SimpleGrid, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router-dom';
import { api } from '../api/api';
import { answer } from '../api/api-problem';
import { formatDateTime } from '../ui/format-date';
import { ROLE_WORDS, SOURCE_WORDS, words } from '../ui/words';
import type { Contact } from './contacts-table';

function Field({ label, value }: { label: string; value: ReactNode }) {
  return (
    <div>
      <Text size="sm" c="dimmed">
        {label}
      </Text>
      <Text>{value || '—'}</Text>
    </div>
  );
}

/** A contact's fields as read, with how it came (which staff cannot change) and the account it is linked to. */
export function ContactDetails({ contact }: { contact: Contact }) {
  return (
    <Stack>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <Field label="Email" value={contact.email} />
        <Field label="Title" value={contact.title} />
        <Field label="Company" value={contact.companyName} />
        <Field label="Department" value={contact.department} />
        <Field label="Phone" value={contact.phone} />
        <Field label="Mobile phone" value={contact.mobilePhone} />
        <Field label="Source" value={words(SOURCE_WORDS, contact.source)} />
        <Field label="Added" value={formatDateTime(contact.createdAt)} />
        <Field label="User account" value={<LinkedUser contact={contact} />} />
      </SimpleGrid>
    </Stack>
  );
}

/** The user with the contact's email, when there is one. */
function LinkedUser({ contact }: { contact: Contact }) {
  const userId = contact.linkedUserId;
  const user = useQuery({
    queryKey: ['institution-user', contact.institutionId, userId],
    queryFn: () =>
      answer(
        api.GET('/v1/institutions/{institutionId}/users/{userId}', {
          params: { path: { institutionId: contact.institutionId, userId: userId ?? '' } },
        }),
      ),
    enabled: userId !== null,
    retry: false,
  });
  if (!userId) return 'Not a user yet (a contact only)';
  const since = contact.linkedAt ? `, linked ${formatDateTime(contact.linkedAt)}` : '';
  const who = user.data
    ? `${user.data.name ?? user.data.email ?? 'A user'} (${words(ROLE_WORDS, user.data.userType)})`
    : 'A user';
  return (
    <>
      <Anchor component={Link} to={`/schools/${contact.institutionId}/users/${userId}`}>
        {who}
      </Anchor>
      {since}
    </>
  );
}

import { Alert, Anchor, Badge, Button, Divider, Group, Loader, Stack, Title } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { api } from '../api/api';
import { answer } from '../api/api-problem';
import { ProblemAlert } from '../api/problem-alert';
import type { ConsolePage } from '../console/console-page';
import { formatDateTime } from '../ui/format-date';
import { ContactDetails } from './contact-details';
import { ContactEditForm } from './contact-edit-form';
import { ContactLabels } from './contact-labels';
import { ContactNotes } from './contact-notes';
import type { Contact } from './contacts-table';
import { useContact, useContactChanged } from './use-contact';

/** A contact's page: its details (to edit), labels, notes, the linked user, and archiving. */
export const ContactPage: ConsolePage = ({ institutionId }) => {
  const contactId = useParams()['contactId'] ?? '';
  const contact = useContact(institutionId, contactId);
  return (
    <Stack maw={880}>
      <Anchor component={Link} to={`/schools/${institutionId}/contacts`}>
        Back to contacts
      </Anchor>
      {contact.isLoading && <Loader aria-label="Loading the contact" />}
      <ProblemAlert error={contact.error} />
      {contact.data && <ContactView contact={contact.data} />}
    </Stack>
  );
};

function ContactView({ contact }: { contact: Contact }) {
  const [editing, setEditing] = useState(false);
  return (
    <Stack>
      <Group justify="space-between">
        <Group gap="sm">
          <Title order={1}>
            {contact.firstName} {contact.lastName}
          </Title>
          {contact.archived && (
            <Badge color="gray" variant="outline">
              Archived
            </Badge>
          )}
        </Group>
        <Group>
          {!editing && (
            <Button variant="default" onClick={() => setEditing(true)}>
              Edit
            </Button>
          )}
          <ArchiveButton contact={contact} />
        </Group>
      </Group>
      {contact.archived && contact.archivedAt && (
        <Alert color="gray" title="Archived">
          Archived {formatDateTime(contact.archivedAt)}: left out of the contact list and of invites until
          restored.
        </Alert>
      )}
      {editing ? (
        <ContactEditForm contact={contact} onDone={() => setEditing(false)} />
      ) : (
        <ContactDetails contact={contact} />
      )}
      <Divider />
      <ContactLabels contact={contact} />
      <Divider />
      <ContactNotes contact={contact} />
    </Stack>
  );
}

function ArchiveButton({ contact }: { contact: Contact }) {
  const changed = useContactChanged(contact.institutionId);
  const path = { institutionId: contact.institutionId, contactId: contact.id };
  const toggle = useMutation({
    mutationFn: () =>
      contact.archived
        ? answer(
            api.POST('/v1/institutions/{institutionId}/contacts/{contactId}/restore', { params: { path } }),
          )
        : answer(
            api.POST('/v1/institutions/{institutionId}/contacts/{contactId}/archive', { params: { path } }),
          ),
    onSuccess: changed,
  });
  return (
    <>
      <Button
        variant="default"
        color={contact.archived ? undefined : 'red'}
        onClick={() => toggle.mutate()}
        loading={toggle.isPending}
      >
        {contact.archived ? 'Restore' : 'Archive'}
      </Button>
      <ProblemAlert error={toggle.error} />
    </>
  );
}

import { Button, Group, Stack } from '@mantine/core';
import { useForm } from '@mantine/form';
import { api } from '../api/api';
import { answer } from '../api/api-problem';
import { ProblemAlert } from '../api/problem-alert';
import { useFormSubmit } from '../api/use-form-submit';
import { contactBody, ContactFields, type ContactValues } from './contact-fields';
import type { Contact } from './contacts-table';
import { useContactChanged } from './use-contact';

/** A contact's fields to change; the API's refusals show beside the fields. */
export function ContactEditForm({ contact, onDone }: { contact: Contact; onDone: () => void }) {
  const changed = useContactChanged(contact.institutionId);
  const form = useForm<ContactValues>({
    initialValues: {
      firstName: contact.firstName,
      lastName: contact.lastName,
      email: contact.email,
      title: contact.title ?? '',
      department: contact.department ?? '',
      phone: contact.phone ?? '',
      mobilePhone: contact.mobilePhone ?? '',
      companyId: contact.companyId,
      companyName: contact.companyId ? '' : (contact.companyName ?? ''),
    },
  });
  const submit = useFormSubmit(
    form,
    (values) =>
      answer(
        api.PATCH('/v1/institutions/{institutionId}/contacts/{contactId}', {
          params: { path: { institutionId: contact.institutionId, contactId: contact.id } },
          body: contactBody(values),
        }),
      ),
    (saved) => {
      changed(saved);
      onDone();
    },
  );
  return (
    <form onSubmit={submit.onSubmit} noValidate aria-label="Edit contact">
      <Stack>
        <ProblemAlert error={submit.error} />
        <ContactFields form={form} />
        <Group>
          <Button type="submit" loading={submit.pending}>
            Save changes
          </Button>
          <Button variant="default" onClick={onDone}>
            Cancel
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

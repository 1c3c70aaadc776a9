import { Button, Divider, Loader, Stack, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useQueryClient } from '@tanstack/react-query';
import { api } from '../api/api';
import { answer } from '../api/api-problem';
import { ProblemAlert } from '../api/problem-alert';
import { useFormSubmit } from '../api/use-form-submit';
import { type Me, useMe } from '../session/use-me';
import { EmailChange } from './email-change';

/** The person's own account: name and phone, and a change of email confirmed with a code. */
export function ProfilePage() {
  const me = useMe();
  return (
    <Stack maw={560}>
      <Title order={1}>Profile</Title>
      <ProblemAlert error={me.error} />
      {me.isLoading && <Loader aria-label="Loading" />}
      {me.data && <ProfileForm me={me.data} />}
      <Divider />
      {me.data && <EmailChange email={me.data.email} />}
    </Stack>
  );
}

function ProfileForm({ me }: { me: Me }) {
  const queryClient = useQueryClient();
  const form = useForm({ initialValues: { name: me.name, phone: me.phone ?? '' } });
  const submit = useFormSubmit(
    form,
    ({ name, phone }) => answer(api.PATCH('/v1/me', { body: { name, phone: phone.trim() || null } })),
    () => {
      void queryClient.invalidateQueries({ queryKey: ['me'] });
      notifications.show({ message: 'Your profile is saved.' });
    },
  );
  return (
    <form onSubmit={submit.onSubmit} noValidate>
      <Stack>
        <ProblemAlert error={submit.error} />
        <TextInput label="Full name" autoComplete="name" required {...form.getInputProps('name')} />
        <TextInput label="Phone" type="tel" autoComplete="tel" {...form.getInputProps('phone')} />
        <Button type="submit" loading={submit.pending} w="fit-content">
          Save
        </Button>
      </Stack>
    </form>
  );
}

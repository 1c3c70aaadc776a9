import { Button, Group, Select, Stack, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useQueryClient } from '@tanstack/react-query';
import { api } from '../api/api';
import { answer } from '../api/api-problem';
import { ProblemAlert } from '../api/problem-alert';
import { useFormSubmit } from '../api/use-form-submit';
import { ROLE_WORDS } from '../ui/words';

const STAFF_ROLE_OPTIONS = ['career_services_staff', 'career_services_admin'].map((role) => ({
  value: role,
  label: ROLE_WORDS[role] ?? role,
}));

/** Adding someone to the school's career services staff: a new person gets a mail to set their password. */
export function AddStaffMember({ institutionId }: { institutionId: string }) {
  const queryClient = useQueryClient();
  const form = useForm({ initialValues: { name: '', email: '', role: 'career_services_staff' } });
  const submit = useFormSubmit(
    form,
    ({ name, email, role }) =>
      answer(
        api.POST('/v1/institutions/{institutionId}/staff', {
          params: { path: { institutionId } },
          body: { name, email, role: role as 'career_services_admin' | 'career_services_staff' },
        }),
      ),
    () => {
      form.reset();
      void queryClient.invalidateQueries({ queryKey: ['staff', institutionId] });
    },
  );
  const added = submit.done ? submit.result : undefined;
  return (
    <form onSubmit={submit.onSubmit} noValidate aria-labelledby="add-staff-member">
      <Stack maw={560}>
        <Title order={2} id="add-staff-member">
          Add a staff member
        </Title>
        {added && (
          <Text role="status">
            {added.membershipStatus === 'pending'
              ? `${added.name} already has an account: they were invited by email and join once they accept.`
              : `${added.name} was added: they get an email with a link to set their password.`}
          </Text>
        )}
        <ProblemAlert error={submit.error} />
        <TextInput label="Full name" required {...form.getInputProps('name')} />
        <TextInput label="Email" type="email" required {...form.getInputProps('email')} />
        <Select
          label="Role"
          required
          data={STAFF_ROLE_OPTIONS}
          allowDeselect={false}
          {...form.getInputProps('role')}
        />
        <Group>
          <Button type="submit" loading={submit.pending}>
            Add staff member
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

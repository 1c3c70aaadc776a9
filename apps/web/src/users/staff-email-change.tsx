import { Alert, Button, Checkbox, Stack, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useQueryClient } from '@tanstack/react-query';
import { api } from '../api/api';
import { answer } from '../api/api-problem';
import { ProblemAlert } from '../api/problem-alert';
import { useFormSubmit } from '../api/use-form-submit';

interface StaffEmailChangeProps {
  institutionId: string;
  userId: string;
  name: string;
}

/**
 * Staff change a person's email (the seeds' case: the pending account was theirs, their loaded account gets the
 * address they use). The person confirms it from the new address; the school's sync files, which carry the old
 * email, stop updating them, and staff must say they understand that.
 */
export function StaffEmailChange({ institutionId, userId, name }: StaffEmailChangeProps) {
  const queryClient = useQueryClient();
  const form = useForm({ initialValues: { email: '', excludedFromSyncs: false } });
  const submit = useFormSubmit(
    form,
    (body) =>
      answer(
        api.PATCH('/v1/institutions/{institutionId}/users/{userId}', {
          params: { path: { institutionId, userId } },
          body: { email: body.email.trim(), excludedFromSyncs: body.excludedFromSyncs },
        }),
      ),
    (user) => {
      form.reset();
      queryClient.setQueryData(['users', institutionId, 'detail', userId], user);
      void queryClient.invalidateQueries({ queryKey: ['users', institutionId] });
    },
  );
  return (
    <Stack component="section" aria-labelledby="change-email" maw={560}>
      <Title order={2} id="change-email">
        Change the email
      </Title>
      {submit.result?.pendingEmail && (
        <Alert color="green" title="A link is on its way">
          We sent a link to {submit.result.pendingEmail}. {name} signs in with it once they confirm it there;
          their current address is told of the change.
        </Alert>
      )}
      <form onSubmit={submit.onSubmit} noValidate>
        <Stack>
          <Text size="sm">
            An email can belong to one account only, whatever its type. Use this only when the person cannot
            use the address the school loaded (most often for alumni).
          </Text>
          <ProblemAlert error={submit.error} />
          <TextInput label="New email" type="email" required {...form.getInputProps('email')} />
          <Checkbox
            label="Stop the school's sync files from updating this person"
            description="The files carry the old email, so they will no longer match. You can let syncs update them again later."
            {...form.getInputProps('excludedFromSyncs', { type: 'checkbox' })}
          />
          <Button type="submit" loading={submit.pending} w="fit-content">
            Change the email
          </Button>
        </Stack>
      </form>
    </Stack>
  );
}

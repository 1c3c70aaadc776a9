import { Alert, Button, PasswordInput, Stack, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useQueryClient } from '@tanstack/react-query';
import { api } from '../api/api';
import { answer } from '../api/api-problem';
import { ProblemAlert } from '../api/problem-alert';
import { useFormSubmit } from '../api/use-form-submit';

/** Changing one's own email: the new address and the password, then the six-digit code sent to the new address. */
export function EmailChange({ email }: { email: string }) {
  const start = useForm({ initialValues: { newEmail: '', currentPassword: '' } });
  const started = useFormSubmit(start, (body) => answer(api.POST('/v1/me/email-change', { body })));
  return (
    <Stack>
      <Title order={2}>Email</Title>
      <Text>You sign in as {email}.</Text>
      {started.result ? (
        <ConfirmCode newEmail={started.result.newEmail} />
      ) : (
        <form onSubmit={started.onSubmit} noValidate>
          <Stack>
            <ProblemAlert error={started.error} />
            <TextInput
              label="New email"
              type="email"
              autoComplete="email"
              required
              {...start.getInputProps('newEmail')}
            />
            <PasswordInput
              label="Current password"
              autoComplete="current-password"
              required
              {...start.getInputProps('currentPassword')}
            />
            <Button type="submit" loading={started.pending} w="fit-content">
              Send a code to the new email
            </Button>
          </Stack>
        </form>
      )}
    </Stack>
  );
}

function ConfirmCode({ newEmail }: { newEmail: string }) {
  const queryClient = useQueryClient();
  const form = useForm({ initialValues: { code: '' } });
  const submit = useFormSubmit(
    form,
    (body) => answer(api.POST('/v1/me/email-change/confirm', { body })),
    () => void queryClient.invalidateQueries({ queryKey: ['me'] }),
  );
  if (submit.result) {
    return (
      <Alert color="green" title="Your email is changed">
        You sign in as {submit.result.email} from now on.
      </Alert>
    );
  }
  return (
    <form onSubmit={submit.onSubmit} noValidate>
      <Stack>
        <Text>We sent a six-digit code to {newEmail}. It works for 15 minutes.</Text>
        <ProblemAlert error={submit.error} />
        <TextInput
          label="Code"
          inputMode="numeric"
          autoComplete="one-time-code"
          maxLength={6}
          required
          {...form.getInputProps('code')}
        />
        <Button type="submit" loading={submit.pending} w="fit-content">
          Confirm
        </Button>
      </Stack>
    </form>
  );
}

import { Alert, Button, Stack, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { api } from '../api/api';
import { answer } from '../api/api-problem';
import { ProblemAlert } from '../api/problem-alert';
import { useFormSubmit } from '../api/use-form-submit';
import { ChoosePasswordPage } from './choose-password-page';
import { useLinkToken } from './use-link-token';

/** Without a token: ask for a reset link. With the link's token: choose the new password. */
export function ResetPasswordPage() {
  const token = useLinkToken();
  if (token)
    return (
      <ChoosePasswordPage title="Choose a new password" intro="Choose the password you will sign in with." />
    );
  return <RequestResetLink />;
}

function RequestResetLink() {
  const form = useForm({ initialValues: { email: '' } });
  const submit = useFormSubmit(form, (body) => answer(api.POST('/v1/auth/password-reset', { body })));
  return (
    <Stack>
      <Title order={1}>Reset your password</Title>
      {submit.done ? (
        <Alert color="indigo" title="Check your email">
          If {form.values.email} has an account, a link to choose a new password is on its way.
        </Alert>
      ) : (
        <form onSubmit={submit.onSubmit} noValidate>
          <Stack>
            <Text>We will send a link to choose a new password.</Text>
            <ProblemAlert error={submit.error} />
            <TextInput
              label="Email"
              type="email"
              autoComplete="email"
              required
              {...form.getInputProps('email')}
            />
            <Button type="submit" loading={submit.pending}>
              Send the link
            </Button>
          </Stack>
        </form>
      )}
    </Stack>
  );
}

import { Alert, Anchor, Button, Stack, Text, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { Link } from 'react-router-dom';
import { api } from '../api/api';
import { answer } from '../api/api-problem';
import { ProblemAlert } from '../api/problem-alert';
import { useFormSubmit } from '../api/use-form-submit';
import { BrokenLink } from './broken-link';
import { NewPasswordInput } from './new-password-input';
import { useLinkToken } from './use-link-token';

/**
 * A password chosen with a mail's link: the first one (new staff, invited people: "Set your password") or a new one
 * (a reset). Both use the same single-use token endpoint.
 */
export function ChoosePasswordPage({ title, intro }: { title: string; intro: string }) {
  const token = useLinkToken();
  const form = useForm({ initialValues: { password: '' } });
  const submit = useFormSubmit(form, ({ password }) =>
    answer(api.POST('/v1/auth/password-reset/confirm', { body: { token: token ?? '', password } })),
  );
  return (
    <Stack>
      <Title order={1}>{title}</Title>
      {!token && <BrokenLink />}
      {submit.result ? (
        <>
          <Alert color="green" title="Your password is set">
            Sign in as {submit.result.email} with it.
          </Alert>
          <Anchor component={Link} to={`/login?email=${encodeURIComponent(submit.result.email)}`}>
            Sign in
          </Anchor>
        </>
      ) : (
        token && (
          <form onSubmit={submit.onSubmit} noValidate>
            <Stack>
              <Text>{intro}</Text>
              <ProblemAlert error={submit.error} />
              <NewPasswordInput {...form.getInputProps('password')} />
              <Button type="submit" loading={submit.pending}>
                Save password
              </Button>
            </Stack>
          </form>
        )
      )}
    </Stack>
  );
}

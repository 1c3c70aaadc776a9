import { Anchor, Button, Group, PasswordInput, Stack, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useQueryClient } from '@tanstack/react-query';
import { Link, useNavigate, useSearchParams } from 'react-router-dom';
import { api } from '../api/api';
import { answer } from '../api/api-problem';
import { ProblemAlert } from '../api/problem-alert';
import { useFormSubmit } from '../api/use-form-submit';
import { session } from '../session/session-store';
import { SingleSignOnButtons } from './single-sign-on-buttons';

/** A path inside the console to go back to after signing in; anything else (another site) goes home. */
function safeNext(next: string | null): string {
  return next?.startsWith('/') && !next.startsWith('//') ? next : '/';
}

export function SignInPage() {
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [params] = useSearchParams();
  const form = useForm({ initialValues: { email: params.get('email') ?? '', password: '' } });
  const submit = useFormSubmit(
    form,
    (values) => answer(api.POST('/v1/auth/login', { body: values })),
    (reply) => {
      queryClient.clear();
      session.signIn(reply.accessToken, reply.expiresIn);
      void navigate(safeNext(params.get('next')), { replace: true });
    },
  );
  return (
    <Stack>
      <Title order={1}>Sign in</Title>
      <form onSubmit={submit.onSubmit} noValidate>
        <Stack>
          <ProblemAlert error={submit.error} />
          <TextInput
            label="Email"
            type="email"
            autoComplete="email"
            required
            {...form.getInputProps('email')}
          />
          <PasswordInput
            label="Password"
            autoComplete="current-password"
            required
            {...form.getInputProps('password')}
          />
          <Group justify="space-between">
            <Anchor component={Link} to="/reset-password">
              Forgot your password?
            </Anchor>
            <Button type="submit" loading={submit.pending}>
              Sign in
            </Button>
          </Group>
        </Stack>
      </form>
      <SingleSignOnButtons next={safeNext(params.get('next'))} />
      <Text>
        Not recognised? Your school may have added you with the email it has for you (often your school
        address): try that one, and if you never set a password, choose “Forgot your password?” with it.
      </Text>
      <Text>
        New here?{' '}
        <Anchor component={Link} to="/signup">
          Create an account
        </Anchor>
      </Text>
    </Stack>
  );
}

import { Alert, Anchor, Button, Radio, Stack, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { Link } from 'react-router-dom';
import { api } from '../api/api';
import { answer } from '../api/api-problem';
import { ProblemAlert } from '../api/problem-alert';
import { useFormSubmit } from '../api/use-form-submit';
import { NewPasswordInput } from './new-password-input';

type UserType = 'student' | 'alumni' | 'employer';

/** A student, alumni or employer makes an account; the verification mail's link leads on to choosing a school. */
export function SignUpPage() {
  const form = useForm({
    initialValues: { name: '', email: '', password: '', userType: 'student' as UserType },
  });
  const submit = useFormSubmit(form, (body) => answer(api.POST('/v1/auth/signup', { body })));
  if (submit.done) {
    return (
      <Stack>
        <Title order={1}>Check your email</Title>
        <Alert color="indigo" title="One more step">
          We sent a link to {form.values.email}. Open it to verify your address; then sign in and choose your
          school.
        </Alert>
        <Anchor component={Link} to="/login">
          Go to sign in
        </Anchor>
      </Stack>
    );
  }
  return (
    <Stack>
      <Title order={1}>Create an account</Title>
      <Text>
        Students: if your school has added you, you already have an account. Use the email your school has for
        you (often your school address): signing up with it sends you a link to set your password.
      </Text>
      <form onSubmit={submit.onSubmit} noValidate>
        <Stack>
          <ProblemAlert error={submit.error} />
          <Radio.Group label="I am" required {...form.getInputProps('userType')}>
            <Stack gap="xs" mt="xs">
              <Radio value="student" label="A student" />
              <Radio value="alumni" label="An alumnus or alumna" />
              <Radio value="employer" label="An employer" />
            </Stack>
          </Radio.Group>
          <TextInput label="Full name" autoComplete="name" required {...form.getInputProps('name')} />
          <TextInput
            label="Email"
            type="email"
            autoComplete="email"
            required
            {...form.getInputProps('email')}
          />
          <NewPasswordInput {...form.getInputProps('password')} />
          <Button type="submit" loading={submit.pending}>
            Create account
          </Button>
        </Stack>
      </form>
      <Text>
        Already have an account?{' '}
        <Anchor component={Link} to="/login">
          Sign in
        </Anchor>
      </Text>
    </Stack>
  );
}

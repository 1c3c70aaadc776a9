import { Alert, Anchor, Button, Loader, Stack, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation, useQuery } from '@tanstack/react-query';
import type { components } from '@careers/api-client';
import { Link } from 'react-router-dom';
import { api } from '../api/api';
import { answer } from '../api/api-problem';
import { ProblemAlert } from '../api/problem-alert';
import { useFormSubmit } from '../api/use-form-submit';
import { useSessionToken } from '../session/use-session';
import { BrokenLink } from './broken-link';
import { NewPasswordInput } from './new-password-input';
import { useLinkToken } from './use-link-token';

type Invitation = components['schemas']['InvitationReply'];
type InvitationAccepted = components['schemas']['InvitationAcceptedReply'];

/** An employer's invitation from a school: make an account and ask to connect, or connect the account they have. */
export function InvitationPage() {
  const token = useLinkToken();
  const invitation = useQuery({
    queryKey: ['invitation', token],
    queryFn: () => answer(api.GET('/v1/invitations/{token}', { params: { path: { token: token ?? '' } } })),
    enabled: token !== undefined,
    retry: false,
  });
  return (
    <Stack>
      <Title order={1}>
        {invitation.data ? `${invitation.data.institution.name} invites you` : 'Invitation'}
      </Title>
      {!token && <BrokenLink />}
      {invitation.isLoading && <Loader aria-label="Loading the invitation" />}
      <ProblemAlert error={invitation.error} />
      {token && invitation.data && <Acceptance token={token} invitation={invitation.data} />}
    </Stack>
  );
}

function Acceptance({ token, invitation }: { token: string; invitation: Invitation }) {
  const signedIn = useSessionToken() !== undefined;
  const connect = useMutation({
    mutationFn: () =>
      answer(api.POST('/v1/invitations/{token}/accept', { params: { path: { token } }, body: {} })),
  });
  const done = connect.data;
  if (done) return <AcceptedNotice invitation={invitation} accepted={done} />;
  if (invitation.accept === 'create_account') return <CreateAccount token={token} invitation={invitation} />;
  if (!signedIn) {
    const next = `/invitation?token=${encodeURIComponent(token)}`;
    return (
      <Stack>
        <Text>
          {invitation.email} already has an account. Sign in with it to connect with{' '}
          {invitation.institution.name}.
        </Text>
        <Anchor
          component={Link}
          to={`/login?email=${encodeURIComponent(invitation.email)}&next=${encodeURIComponent(next)}`}
        >
          Sign in to connect
        </Anchor>
      </Stack>
    );
  }
  return (
    <Stack>
      <Text>
        Connect your account with {invitation.institution.name}: its career services review the request.
      </Text>
      <ProblemAlert error={connect.error} />
      <Button onClick={() => connect.mutate()} loading={connect.isPending}>
        Connect with {invitation.institution.name}
      </Button>
    </Stack>
  );
}

function CreateAccount({ token, invitation }: { token: string; invitation: Invitation }) {
  const form = useForm({ initialValues: { name: '', password: '' } });
  const submit = useFormSubmit(form, (body) =>
    answer(api.POST('/v1/invitations/{token}/accept', { params: { path: { token } }, body })),
  );
  if (submit.result) return <AcceptedNotice invitation={invitation} accepted={submit.result} />;
  return (
    <form onSubmit={submit.onSubmit} noValidate>
      <Stack>
        <Text>
          Create your employer account for {invitation.email}; it asks to connect with{' '}
          {invitation.institution.name}.
        </Text>
        <ProblemAlert error={submit.error} />
        <TextInput label="Full name" autoComplete="name" required {...form.getInputProps('name')} />
        <NewPasswordInput {...form.getInputProps('password')} />
        <Button type="submit" loading={submit.pending}>
          Create account
        </Button>
      </Stack>
    </form>
  );
}

function AcceptedNotice({ invitation, accepted }: { invitation: Invitation; accepted: InvitationAccepted }) {
  const approved = accepted.joinRequest.status === 'approved';
  const signedIn = useSessionToken() !== undefined;
  return (
    <Stack>
      <Alert color="green" title={approved ? 'You are connected' : 'Your request was sent'}>
        {approved
          ? `${invitation.institution.name} approved the connection.`
          : `${invitation.institution.name}'s career services will review your request; you will get an email.`}
      </Alert>
      {signedIn ? (
        <Anchor component={Link} to="/me/schools">
          Go to my schools
        </Anchor>
      ) : (
        <Anchor component={Link} to={`/login?email=${encodeURIComponent(invitation.email)}`}>
          Sign in
        </Anchor>
      )}
    </Stack>
  );
}

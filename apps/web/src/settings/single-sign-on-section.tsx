import {
  Button,
  Code,
  Fieldset,
  Loader,
  PasswordInput,
  Select,
  Stack,
  Switch,
  Text,
  TextInput,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import type { components } from '@careers/api-client';
import { api } from '../api/api';
import { answer } from '../api/api-problem';
import { ProblemAlert } from '../api/problem-alert';
import { useFormSubmit } from '../api/use-form-submit';
import { IDENTIFIER_CLAIM_WORDS } from './settings-words';

type SingleSignOn = components['schemas']['SingleSignOnSettingsReply'];
type IdentifierClaim = components['schemas']['SingleSignOnSettingsRequest']['identifierClaim'];

/** The school's OpenID provider, through which its people "Sign in with <school>"; administrators set it. */
export function SingleSignOnSection({
  institutionId,
  canChange,
}: {
  institutionId: string;
  canChange: boolean;
}) {
  const provider = useQuery({
    queryKey: ['single-sign-on', institutionId],
    queryFn: () =>
      answer(
        api.GET('/v1/institutions/{institutionId}/single-sign-on', { params: { path: { institutionId } } }),
      ),
  });
  return (
    <Fieldset legend="Sign in with the school’s provider (OpenID Connect)" disabled={!canChange}>
      <ProblemAlert error={provider.error} />
      {provider.isLoading && <Loader aria-label="Loading" />}
      {provider.data && (
        <ProviderForm
          key={provider.data.updatedAt}
          institutionId={institutionId}
          provider={provider.data}
          canChange={canChange}
        />
      )}
    </Fieldset>
  );
}

function ProviderForm({
  institutionId,
  provider,
  canChange,
}: {
  institutionId: string;
  provider: SingleSignOn;
  canChange: boolean;
}) {
  const queryClient = useQueryClient();
  const form = useForm({
    initialValues: {
      issuer: provider.issuer ?? '',
      clientId: provider.clientId ?? '',
      clientSecret: '',
      identifierClaim: provider.identifierClaim ?? 'sub',
      enabled: provider.enabled,
    },
  });
  const submit = useFormSubmit(
    form,
    ({ clientSecret, identifierClaim, ...values }) =>
      answer(
        api.PUT('/v1/institutions/{institutionId}/single-sign-on', {
          params: { path: { institutionId } },
          body: {
            ...values,
            identifierClaim: identifierClaim as IdentifierClaim,
            clientSecret: clientSecret === '' ? undefined : clientSecret,
          },
        }),
      ),
    (saved) => {
      queryClient.setQueryData(['single-sign-on', institutionId], saved);
      void queryClient.invalidateQueries({ queryKey: ['single-sign-on-schools'] });
      notifications.show({
        message: 'The single sign-on provider is saved.',
        closeButtonProps: { 'aria-label': 'Close' },
      });
    },
  );
  return (
    <form onSubmit={submit.onSubmit} noValidate>
      <Stack>
        <Text size="sm">
          Register a client at your provider with the redirect URI <Code>{provider.redirectUri}</Code>, then
          enter it here. A person signs in when one of your school’s people has the identifier the provider
          sends as their auth_identifier (your import files carry it).
        </Text>
        <ProblemAlert error={submit.error} />
        <TextInput
          label="Issuer URL"
          description="Its discovery document is at <issuer>/.well-known/openid-configuration."
          required
          {...form.getInputProps('issuer')}
        />
        <TextInput label="Client ID" required {...form.getInputProps('clientId')} />
        <PasswordInput
          label="Client secret"
          description={
            provider.clientSecretSet
              ? 'A secret is stored (it is never shown). Leave this empty to keep it.'
              : 'Stored encrypted, and never shown again.'
          }
          autoComplete="off"
          required={!provider.clientSecretSet}
          {...form.getInputProps('clientSecret')}
        />
        <Select
          label="Claim that carries the auth_identifier"
          data={Object.entries(IDENTIFIER_CLAIM_WORDS).map(([value, label]) => ({ value, label }))}
          allowDeselect={false}
          {...form.getInputProps('identifierClaim')}
        />
        <Switch
          label="People may sign in with the school’s provider"
          {...form.getInputProps('enabled', { type: 'checkbox' })}
        />
        {canChange && (
          <Button type="submit" loading={submit.pending} w="fit-content">
            Save single sign-on
          </Button>
        )}
      </Stack>
    </form>
  );
}

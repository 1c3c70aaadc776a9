import {
  Alert,
  Button,
  Code,
  CopyButton,
  Fieldset,
  Group,
  Loader,
  Select,
  Stack,
  Table,
  Text,
  TextInput,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { components } from '@careers/api-client';
import { api } from '../api/api';
import { answer } from '../api/api-problem';
import { ProblemAlert } from '../api/problem-alert';
import { useFormSubmit } from '../api/use-form-submit';
import { ConfirmButton } from '../ui/confirm-button';
import { formatDateTime } from '../ui/format-date';
import { ROLE_WORDS } from '../ui/words';

type ScimToken = components['schemas']['ScimTokenReply'];
type ScimUserType = components['schemas']['CreateScimTokenRequest']['userType'];

const USER_TYPE_OPTIONS = (['student', 'alumni', 'mentor'] as const).map((value) => ({
  value,
  label: ROLE_WORDS[value],
}));

/**
 * SCIM provisioning on the school settings page, for administrators: a token for the school's identity provider
 * (shown once, to copy), the tokens made so far, and revoking one.
 */
export function ScimTokensSection({ institutionId }: { institutionId: string }) {
  const queryKey = ['scim-tokens', institutionId];
  const queryClient = useQueryClient();
  const tokens = useQuery({
    queryKey,
    queryFn: () =>
      answer(
        api.GET('/v1/institutions/{institutionId}/scim-tokens', { params: { path: { institutionId } } }),
      ),
  });
  const form = useForm({ initialValues: { label: '', userType: 'student' as ScimUserType } });
  const create = useFormSubmit(
    form,
    (body) =>
      answer(
        api.POST('/v1/institutions/{institutionId}/scim-tokens', {
          params: { path: { institutionId } },
          body,
        }),
      ),
    () => {
      form.reset();
      void queryClient.invalidateQueries({ queryKey });
    },
  );
  const revoke = useMutation({
    mutationFn: (tokenId: string) =>
      answer(
        api.DELETE('/v1/institutions/{institutionId}/scim-tokens/{tokenId}', {
          params: { path: { institutionId, tokenId } },
        }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey }),
  });
  return (
    <Fieldset legend="SCIM provisioning">
      <Stack>
        <Text size="sm">
          Your identity provider (Microsoft Entra ID, Okta) can keep your students, alumni and mentors in step
          through SCIM 2.0 at <Code>{`${window.location.origin}/scim/v2`}</Code>, with a token made here. It
          follows the rules of sync files: people excluded from syncs are left alone, and usernames never
          change.
        </Text>
        {create.result && (
          <Alert color="green" title="Token made: copy it now">
            <Stack gap="xs">
              <Text size="sm">This is the only time it is shown. Paste it into your identity provider.</Text>
              <Code block>{create.result.token}</Code>
              <CopyButton value={create.result.token}>
                {({ copied, copy }) => (
                  <Button size="xs" w="fit-content" onClick={copy}>
                    {copied ? 'Copied' : 'Copy the token'}
                  </Button>
                )}
              </CopyButton>
            </Stack>
          </Alert>
        )}
        <ProblemAlert error={create.error} />
        <form onSubmit={create.onSubmit} noValidate>
          <Group align="flex-end">
            <TextInput
              label="Label"
              description="Which provider and people it is for"
              maxLength={100}
              required
              {...form.getInputProps('label')}
            />
            <Select
              label="Provisions"
              data={USER_TYPE_OPTIONS}
              allowDeselect={false}
              {...form.getInputProps('userType')}
            />
            <Button type="submit" loading={create.pending}>
              Make a token
            </Button>
          </Group>
        </form>
        <ProblemAlert error={tokens.error ?? revoke.error} />
        {tokens.isLoading && <Loader aria-label="Loading" />}
        {tokens.data && tokens.data.items.length === 0 && <Text size="sm">No tokens yet.</Text>}
        {tokens.data && tokens.data.items.length > 0 && (
          <Table aria-label="SCIM tokens">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Label</Table.Th>
                <Table.Th>Provisions</Table.Th>
                <Table.Th>Made</Table.Th>
                <Table.Th>Last used</Table.Th>
                <Table.Th>State</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {tokens.data.items.map((token) => (
                <TokenRow
                  key={token.id}
                  token={token}
                  revoking={revoke.isPending && revoke.variables === token.id}
                  onRevoke={() => revoke.mutate(token.id)}
                />
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Stack>
    </Fieldset>
  );
}

function TokenRow({
  token,
  revoking,
  onRevoke,
}: {
  token: ScimToken;
  revoking: boolean;
  onRevoke: () => void;
}) {
  return (
    <Table.Tr>
      <Table.Td>{token.label}</Table.Td>
      <Table.Td>{ROLE_WORDS[token.userType]}</Table.Td>
      <Table.Td>{formatDateTime(token.createdAt)}</Table.Td>
      <Table.Td>{token.lastUsedAt ? formatDateTime(token.lastUsedAt) : 'Never'}</Table.Td>
      <Table.Td>
        {token.revokedAt ? (
          `Revoked ${formatDateTime(token.revokedAt)}`
        ) : (
          <ConfirmButton
            size="xs"
            color="red"
            variant="light"
            title="Revoke this token?"
            question={`Your identity provider's requests with “${token.label}” are refused from now on.`}
            confirmLabel="Revoke"
            aria-label={`Revoke ${token.label}`}
            loading={revoking}
            onConfirm={onRevoke}
          >
            Revoke
          </ConfirmButton>
        )}
      </Table.Td>
    </Table.Tr>
  );
}

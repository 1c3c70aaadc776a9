import { Alert, Button, Checkbox, Fieldset, Loader, Radio, Stack, Switch, Text, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import type { components } from '@careers/api-client';
import { api } from '../api/api';
import { answer } from '../api/api-problem';
import { ProblemAlert } from '../api/problem-alert';
import { useFormSubmit } from '../api/use-form-submit';
import type { ConsolePage } from '../console/console-page';
import { isSchoolAdmin, useMe } from '../session/use-me';
import { formatDateTime } from '../ui/format-date';
import { APPROVAL_WORDS, EMPLOYER_PERMISSION_WORDS } from './settings-words';
import { ScimTokensSection } from './scim-tokens-section';
import { SingleSignOnSection } from './single-sign-on-section';

type Settings = components['schemas']['InstitutionSettingsReply'];
type Permission = components['schemas']['EmployerApprovalSetting']['permissions'][number];

/** The school's settings: employer approval defaults, single sign-on and student requests; administrators change them. */
export const SchoolSettingsPage: ConsolePage = ({ institutionId }) => {
  const me = useMe();
  const settings = useQuery({
    queryKey: ['settings', institutionId],
    queryFn: () =>
      answer(api.GET('/v1/institutions/{institutionId}/settings', { params: { path: { institutionId } } })),
  });
  return (
    <Stack maw={720}>
      <Title order={1}>School settings</Title>
      <ProblemAlert error={settings.error} />
      {settings.isLoading && <Loader aria-label="Loading" />}
      {settings.data && (
        <SettingsForm
          key={settings.data.updatedAt}
          institutionId={institutionId}
          settings={settings.data}
          canChange={isSchoolAdmin(me.data, institutionId)}
        />
      )}
      <SingleSignOnSection institutionId={institutionId} canChange={isSchoolAdmin(me.data, institutionId)} />
      {isSchoolAdmin(me.data, institutionId) && <ScimTokensSection institutionId={institutionId} />}
    </Stack>
  );
};

function SettingsForm({
  institutionId,
  settings,
  canChange,
}: {
  institutionId: string;
  settings: Settings;
  canChange: boolean;
}) {
  const queryClient = useQueryClient();
  const form = useForm({
    initialValues: {
      employerApproval: {
        approval: settings.employerApproval?.approval ?? '',
        permissions: (settings.employerApproval?.permissions ?? []) as string[],
      },
      usesSingleSignOn: settings.usesSingleSignOn,
      acceptsStudentRequests: settings.acceptsStudentRequests,
    },
  });
  const submit = useFormSubmit(
    form,
    ({ employerApproval, usesSingleSignOn, acceptsStudentRequests }) => {
      const approvalChosen = employerApproval.approval !== '' || employerApproval.permissions.length > 0;
      return answer(
        api.PATCH('/v1/institutions/{institutionId}/settings', {
          params: { path: { institutionId } },
          body: {
            usesSingleSignOn,
            acceptsStudentRequests,
            employerApproval: approvalChosen
              ? {
                  approval: employerApproval.approval as 'review' | 'automatic',
                  permissions: employerApproval.permissions as Permission[],
                }
              : undefined,
          },
        }),
      );
    },
    (saved) => {
      queryClient.setQueryData(['settings', institutionId], saved);
      notifications.show({
        message: 'The school settings are saved.',
        closeButtonProps: { 'aria-label': 'Close' },
      });
    },
  );
  return (
    <form onSubmit={submit.onSubmit} noValidate>
      <Stack>
        {!canChange && (
          <Alert color="blue" title="Read only">
            Only career services administrators change the school settings.
          </Alert>
        )}
        <ProblemAlert error={submit.error} />
        <Fieldset legend="Employer approval defaults" disabled={!canChange}>
          <Stack>
            <Text size="sm">
              Employers who connect with your school, among them those who accept a bulk invite, are handled
              this way; once approved they get the default permissions below. Bulk invites need this setting.
            </Text>
            {settings.employerApproval === null && (
              <Text size="sm" fw={700}>
                Not set yet.
              </Text>
            )}
            <Radio.Group
              label="Default employer approval setting"
              {...form.getInputProps('employerApproval.approval')}
            >
              <Stack gap="xs" mt="xs">
                {Object.entries(APPROVAL_WORDS).map(([value, label]) => (
                  <Radio key={value} value={value} label={label} />
                ))}
              </Stack>
            </Radio.Group>
            <Checkbox.Group
              label="Default permissions of approved employers"
              {...form.getInputProps('employerApproval.permissions')}
            >
              <Stack gap="xs" mt="xs">
                {Object.entries(EMPLOYER_PERMISSION_WORDS).map(([value, label]) => (
                  <Checkbox key={value} value={value} label={label} />
                ))}
              </Stack>
            </Checkbox.Group>
          </Stack>
        </Fieldset>
        <Fieldset legend="Single sign-on (SSO)" disabled={!canChange}>
          <Switch
            label="People sign in through the school’s single sign-on"
            description="Importer files may then carry each person’s auth_identifier."
            {...form.getInputProps('usesSingleSignOn', { type: 'checkbox' })}
          />
        </Fieldset>
        <Fieldset legend="Pending student requests" disabled={!canChange}>
          <Switch
            label="Students and alumni who sign up themselves may ask to join"
            description="Their requests wait for your review under Pending requests."
            {...form.getInputProps('acceptsStudentRequests', { type: 'checkbox' })}
          />
        </Fieldset>
        <Text size="sm" c="gray.7">
          {settings.updatedBy
            ? `Last changed ${formatDateTime(settings.updatedAt)}.`
            : 'These are the defaults.'}
        </Text>
        {canChange && (
          <Button type="submit" loading={submit.pending} w="fit-content">
            Save settings
          </Button>
        )}
      </Stack>
    </form>
  );
}

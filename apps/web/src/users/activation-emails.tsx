import { Button, Group, Modal, Progress, Stack, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { api } from '../api/api';
import { answer, ApiProblem } from '../api/api-problem';
import { ProblemAlert } from '../api/problem-alert';

const people = (count: number) => `${count} ${count === 1 ? 'person' : 'people'}`;
const previewKey = (institutionId: string) => ['users', institutionId, 'activation-emails', 'preview'];

/**
 * Activation emails to the people the school's files loaded who never set a password (a school without single sign-on):
 * how many would get one, then the send's progress. Each person gets at most one a week, whoever sends.
 */
export function ActivationEmails({ institutionId }: { institutionId: string }) {
  const queryClient = useQueryClient();
  const [opened, { open, close }] = useDisclosure();
  const [sendId, setSendId] = useState<string>();
  const preview = useQuery({
    queryKey: previewKey(institutionId),
    queryFn: () =>
      answer(
        api.GET('/v1/institutions/{institutionId}/activation-emails/preview', {
          params: { path: { institutionId } },
        }),
      ),
  });
  const start = useMutation({
    mutationFn: () =>
      answer(
        api.POST('/v1/institutions/{institutionId}/activation-emails', {
          params: { path: { institutionId } },
        }),
      ),
    onSuccess: (started) => {
      close();
      setSendId(started.id);
    },
  });
  const send = useQuery({
    queryKey: ['users', institutionId, 'activation-emails', sendId],
    queryFn: () =>
      answer(
        api.GET('/v1/institutions/{institutionId}/activation-emails/{activationSendId}', {
          params: { path: { institutionId, activationSendId: sendId ?? '' } },
        }),
      ),
    enabled: sendId !== undefined,
    refetchInterval: (query) => (query.state.data?.status === 'done' ? false : 1000),
  });
  const done = send.data?.status === 'done';
  useEffect(() => {
    if (done) void queryClient.invalidateQueries({ queryKey: previewKey(institutionId) });
  }, [done, institutionId, queryClient]);

  // A school that signs its people in with its single sign-on has no passwords to set.
  if (preview.error instanceof ApiProblem && preview.error.code === 'institution-uses-single-sign-on')
    return null;
  const count = preview.data?.count ?? 0;
  const progress = send.data?.progress;
  const running = sendId !== undefined && !done;
  return (
    <Stack component="section" aria-labelledby="activation-emails" gap="xs">
      <Title order={2} id="activation-emails">
        Activation emails
      </Title>
      <ProblemAlert error={preview.error ?? send.error} />
      {preview.data && (
        <Text>
          {people(count)} loaded by the school&apos;s files {count === 1 ? 'has' : 'have'} not set a password
          and got no activation email this week.
        </Text>
      )}
      {progress && (
        <>
          <Progress
            value={progress.total > 0 ? Math.round((progress.done / progress.total) * 100) : 100}
            aria-label="Activation emails sent"
            animated={!done}
          />
          <Text>
            {done ? 'Done' : 'Sending'}: {progress.done} of {progress.total} gone through, {progress.sent}{' '}
            sent, {progress.skipped} left out (mailed this week).
          </Text>
        </>
      )}
      <Button w="fit-content" onClick={open} disabled={count === 0 || running} loading={running}>
        Send activation emails to {people(count)}…
      </Button>
      <Modal opened={opened} onClose={close} title="Send activation emails">
        <Stack>
          <Text>
            Each person gets an email with a link to set a password and sign in with the address the school
            loaded. Nobody gets more than one a week, even if you or a colleague send again.
          </Text>
          <ProblemAlert error={start.error} />
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              Cancel
            </Button>
            <Button onClick={() => start.mutate()} loading={start.isPending}>
              Send the emails
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Stack>
  );
}

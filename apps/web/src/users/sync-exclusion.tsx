import { Alert, Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../api/api';
import { answer } from '../api/api-problem';
import { ProblemAlert } from '../api/problem-alert';

/** The person is skipped by the school's sync files (staff changed their email); staff may let syncs update them again. */
export function SyncExclusion({ institutionId, userId }: { institutionId: string; userId: string }) {
  const queryClient = useQueryClient();
  const [opened, { open, close }] = useDisclosure();
  const clear = useMutation({
    mutationFn: () =>
      answer(
        api.DELETE('/v1/institutions/{institutionId}/users/{userId}/sync-exclusion', {
          params: { path: { institutionId, userId } },
        }),
      ),
    onSuccess: (user) => {
      close();
      queryClient.setQueryData(['users', institutionId, 'detail', userId], user);
      void queryClient.invalidateQueries({ queryKey: ['users', institutionId] });
    },
  });
  return (
    <Alert color="orange" title="Excluded from syncs">
      <Stack gap="xs">
        <Text size="sm">
          Staff changed this person&apos;s email, so the school&apos;s sync files skip them: the files carry
          the old email.
        </Text>
        <Button variant="default" w="fit-content" onClick={open}>
          Let syncs update this person…
        </Button>
      </Stack>
      <Modal opened={opened} onClose={close} title="Let syncs update this person again">
        <Stack>
          <Text>
            The next sync file updates this person when a row carries both their current email and their
            username. Make sure the school&apos;s files carry the new email first.
          </Text>
          <ProblemAlert error={clear.error} />
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              Cancel
            </Button>
            <Button onClick={() => clear.mutate()} loading={clear.isPending}>
              Let syncs update
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Alert>
  );
}

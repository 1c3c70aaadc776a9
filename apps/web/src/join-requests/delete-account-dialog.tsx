import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { ProblemAlert } from '../api/problem-alert';

interface DeleteAccountDialogProps {
  opened: boolean;
  name: string;
  email: string;
  pending: boolean;
  error: unknown;
  onClose: () => void;
  onDelete: () => void;
}

/** Confirms deleting a pending, self-made account (the seeds' advice when the person already has an account here). */
export function DeleteAccountDialog({
  opened,
  name,
  email,
  pending,
  error,
  onClose,
  onDelete,
}: DeleteAccountDialogProps) {
  return (
    <Modal opened={opened} onClose={onClose} title={`Delete ${name}'s account`}>
      <Stack>
        <Text>
          The account {email} is deleted and its request closed. The person can no longer sign in with it.
          This cannot be undone.
        </Text>
        <ProblemAlert error={error} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            Cancel
          </Button>
          <Button color="red" onClick={onDelete} loading={pending}>
            Delete the account
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

import { Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { ProblemAlert } from '../api/problem-alert';

interface DeclineDialogProps {
  opened: boolean;
  /** Who or how many are declined, for the dialog's title: "Decline Robin Student". */
  what: string;
  pending: boolean;
  error: unknown;
  onClose: () => void;
  onDecline: (reason: string) => void;
}

/** Asks for the reason of a decline (kept with the decision, shown to the requester in their requests). */
export function DeclineDialog({ opened, what, pending, error, onClose, onDecline }: DeclineDialogProps) {
  const [reason, setReason] = useState('');
  return (
    <Modal opened={opened} onClose={onClose} title={`Decline ${what}`}>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          onDecline(reason.trim());
        }}
      >
        <Stack>
          <Text size="sm">Decisions are final: a declined request cannot be approved later.</Text>
          <ProblemAlert error={error} />
          <Textarea
            label="Reason"
            description="The requester sees it in their requests."
            autosize
            minRows={3}
            maxLength={1000}
            value={reason}
            onChange={(event) => setReason(event.currentTarget.value)}
            data-autofocus
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" color="red" loading={pending}>
              Decline
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

import { Button, type ButtonProps, Group, Modal, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import type { ReactNode } from 'react';

/**
 * A button for something that cannot be undone: it asks first, in a dialog naming what will happen, and acts only
 * once the person confirms.
 */
export function ConfirmButton({
  children,
  title,
  question,
  confirmLabel,
  onConfirm,
  loading,
  ...buttonProps
}: ButtonProps & {
  children: ReactNode;
  title: string;
  question: ReactNode;
  confirmLabel: string;
  onConfirm: () => void;
  loading?: boolean;
  'aria-label'?: string;
}) {
  const [opened, { open, close }] = useDisclosure();
  return (
    <>
      <Button {...buttonProps} loading={loading} onClick={open}>
        {children}
      </Button>
      <Modal opened={opened} onClose={close} title={title}>
        <Stack>
          <Text>{question}</Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              Cancel
            </Button>
            <Button
              color="red"
              onClick={() => {
                close();
                onConfirm();
              }}
            >
              {confirmLabel}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}

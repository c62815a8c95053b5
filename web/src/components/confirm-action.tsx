import { Button, type ButtonProps, Group, Modal, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from './problem-alert.tsx';

interface ConfirmActionProps {
  /** The button's text (and its accessible name). */
  label: string;
  /** A longer accessible name where the label alone is ambiguous (one button per table row). */
  ariaLabel?: string;
  title: string;
  message: ReactNode;
  /** The confirming button's text; the label by default. */
  confirmLabel?: string;
  color?: string;
  loading: boolean;
  error: unknown;
  onConfirm: () => Promise<unknown>;
  buttonProps?: ButtonProps;
}

/** A button that asks before it does something hard to undo; a failure is shown in the dialog. */
export function ConfirmAction({
  label,
  ariaLabel,
  title,
  message,
  confirmLabel,
  color = 'red',
  loading,
  error,
  onConfirm,
  buttonProps,
}: ConfirmActionProps) {
  const { t } = useTranslation();
  const [opened, { open, close }] = useDisclosure(false);
  return (
    <>
      <Button variant="default" color={color} {...buttonProps} onClick={open} aria-label={ariaLabel}>
        {label}
      </Button>
      <Modal opened={opened} onClose={close} title={title} centered>
        <Stack>
          {typeof message === 'string' ? <Text>{message}</Text> : message}
          <ProblemAlert error={opened ? error : null} />
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t('actions.cancel')}
            </Button>
            <Button
              color={color}
              loading={loading}
              onClick={() =>
                void onConfirm().then(close, () => {
                  // The error is shown in the dialog.
                })
              }
            >
              {confirmLabel ?? label}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}

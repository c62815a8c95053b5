import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from './problem-alert.tsx';

interface ArchiveButtonProps {
  archived: boolean;
  name: string;
  loading: boolean;
  error: unknown;
  onArchive: () => Promise<unknown>;
  onRestore: () => Promise<unknown>;
}

/** Archive (with a confirmation) or restore a record. */
export function ArchiveButton({ archived, name, loading, error, onArchive, onRestore }: ArchiveButtonProps) {
  const { t } = useTranslation();
  const [opened, { open, close }] = useDisclosure(false);
  if (archived) {
    return (
      <Button variant="default" onClick={() => void onRestore()} loading={loading}>
        {t('actions.restore')}
      </Button>
    );
  }
  return (
    <>
      <Button variant="default" color="red" onClick={open}>
        {t('actions.archive')}
      </Button>
      <Modal opened={opened} onClose={close} title={t('archive.title')} centered>
        <Stack>
          <Text>{t('archive.message', { name })}</Text>
          <ProblemAlert error={error} />
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t('actions.cancel')}
            </Button>
            <Button
              color="red"
              loading={loading}
              onClick={() =>
                void onArchive().then(close, () => {
                  // The error is shown in the dialog.
                })
              }
            >
              {t('actions.archive')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </>
  );
}

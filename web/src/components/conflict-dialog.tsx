import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

interface ConflictDialogProps {
  opened: boolean;
  loading?: boolean;
  onDiscardMine: () => void;
  onKeepMine: () => void;
  onClose: () => void;
}

/** Shown on 409 version_conflict: someone else saved first; nothing of ours was written. */
export function ConflictDialog({ opened, loading, onDiscardMine, onKeepMine, onClose }: ConflictDialogProps) {
  const { t } = useTranslation();
  return (
    <Modal opened={opened} onClose={onClose} title={t('conflict.title')} centered size="lg">
      <Stack>
        <Text>{t('conflict.message')}</Text>
        <Text size="sm" c="dimmed">
          {t('conflict.choice')}
        </Text>
        <Group justify="flex-end" wrap="wrap">
          <Button variant="default" onClick={onKeepMine} loading={loading}>
            {t('conflict.keepMine')}
          </Button>
          <Button onClick={onDiscardMine} loading={loading}>
            {t('conflict.discardMine')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

import { Button } from '@mantine/core';
import type { UseMutationResult } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ConfirmAction } from './confirm-action.tsx';

interface ArchiveButtonProps {
  archived: boolean;
  name: string;
  mutation: UseMutationResult<unknown, Error, 'archive' | 'restore'>;
}

/** Archive (with a confirmation) or restore a record. */
export function ArchiveButton({ archived, name, mutation }: ArchiveButtonProps) {
  const { t } = useTranslation();
  if (archived) {
    return (
      <Button variant="default" onClick={() => mutation.mutate('restore')} loading={mutation.isPending}>
        {t('actions.restore')}
      </Button>
    );
  }
  return (
    <ConfirmAction
      label={t('actions.archive')}
      title={t('archive.title')}
      message={t('archive.message', { name })}
      loading={mutation.isPending}
      error={mutation.error}
      onConfirm={() => mutation.mutateAsync('archive')}
    />
  );
}

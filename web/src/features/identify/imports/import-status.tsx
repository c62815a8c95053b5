import { Alert, Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { FileError, ImportStatus } from '../../../api/imports.ts';

const statusColors: Record<ImportStatus, string> = {
  uploaded: 'gray',
  validating: 'blue',
  validated: 'cyan',
  committing: 'blue',
  committed: 'green',
  rejected: 'red',
  failed: 'red',
};

export function ImportStatusBadge({ status }: { status: ImportStatus }) {
  const { t } = useTranslation();
  return (
    <Badge color={statusColors[status]} variant="light" radius="sm">
      {t(`imports.status.${status}`)}
    </Badge>
  );
}

/** Why the whole file was refused, in the reader's language, with the row where it was found. */
export function FileErrorAlert({ error }: { error: FileError }) {
  const { t } = useTranslation();
  const reason = t([`imports.fileErrors.${error.code}`, 'imports.fileErrors.unknown']);
  return (
    <Alert color="red" variant="light" title={t('imports.refusedTitle')} role="alert">
      {error.rowNumber ? t('imports.refusedAtRow', { reason, row: error.rowNumber }) : reason}
    </Alert>
  );
}

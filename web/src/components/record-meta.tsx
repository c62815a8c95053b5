import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../i18n/format.ts';

type Moment = Date | string;

interface RecordMetaProps {
  record: { createdAt: Moment; updatedAt: Moment; archivedAt?: Moment | null };
}

/** "Angelegt am … · zuletzt geändert am … · archiviert am …" below a record. */
export function RecordMeta({ record }: RecordMetaProps) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <Text size="xs" c="dimmed">
      {[
        t('common.createdAt', { date: format.dateTime(record.createdAt) }),
        t('common.updatedAt', { date: format.dateTime(record.updatedAt) }),
        record.archivedAt ? t('common.archivedAt', { date: format.dateTime(record.archivedAt) }) : null,
      ]
        .filter(Boolean)
        .join(' · ')}
    </Text>
  );
}

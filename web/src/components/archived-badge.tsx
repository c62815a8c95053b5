import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';

export function ArchivedBadge() {
  const { t } = useTranslation();
  return (
    <Badge color="gray" variant="outline" radius="sm">
      {t('common.archived')}
    </Badge>
  );
}

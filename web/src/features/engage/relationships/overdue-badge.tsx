import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** "5 Tage überfällig" in red: what must not be missed stands out. */
export function OverdueBadge({ days }: { days: number }) {
  const { t } = useTranslation();
  if (days <= 0) return null;
  return (
    <Badge color="red" variant="light" radius="sm" tt="none" data-testid="overdue-badge">
      {t('relationships.overdueDays', { count: days })}
    </Badge>
  );
}

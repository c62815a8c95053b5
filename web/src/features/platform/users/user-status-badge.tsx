import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';

export function UserStatusBadge({ active }: { active: boolean }) {
  const { t } = useTranslation();
  return (
    <Badge color={active ? 'green' : 'gray'} variant={active ? 'light' : 'outline'} radius="sm">
      {active ? t('users.active') : t('users.inactive')}
    </Badge>
  );
}

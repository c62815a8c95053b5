import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';

const tierColors: Record<number, string> = { 1: 'grape', 2: 'indigo', 3: 'cyan' };

export function KeyAccountBadge({ tier }: { tier: number | null }) {
  const { t } = useTranslation();
  const label = tier ? t('accounts.keyAccountTier', { tier }) : t('accounts.keyAccount');
  return (
    <Badge color={tier ? (tierColors[tier] ?? 'grape') : 'grape'} variant={tier === 1 ? 'filled' : 'light'} radius="sm">
      {label}
    </Badge>
  );
}

const statusColors = { prospect: 'yellow', customer: 'green', former_customer: 'gray' } as const;

export function LifecycleBadge({ status }: { status: keyof typeof statusColors }) {
  const { t } = useTranslation();
  return (
    <Badge color={statusColors[status]} variant="light" radius="sm">
      {t(`lifecycle.${status}`)}
    </Badge>
  );
}

export function ArchivedBadge() {
  const { t } = useTranslation();
  return (
    <Badge color="gray" variant="outline" radius="sm">
      {t('common.archived')}
    </Badge>
  );
}

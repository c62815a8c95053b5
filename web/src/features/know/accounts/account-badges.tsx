import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';

const tierColors: Record<number, string> = { 1: 'grape', 2: 'indigo', 3: 'cyan' };

/** "Key Account · Stufe 1"; `compact` ("KA · Stufe 1") for table cells and cards. */
export function KeyAccountBadge({ tier, compact = false }: { tier: number | null; compact?: boolean }) {
  const { t } = useTranslation();
  const label = tier ? t('accounts.keyAccountTier', { tier }) : t('accounts.keyAccount');
  const short = tier ? t('accounts.keyAccountTierShort', { tier }) : t('accounts.keyAccountShort');
  return (
    <Badge
      color={tier ? (tierColors[tier] ?? 'grape') : 'grape'}
      variant={tier === 1 ? 'filled' : 'light'}
      radius="sm"
      title={compact ? label : undefined}
    >
      {compact ? short : label}
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

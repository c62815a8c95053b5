import { Button, Group, Stack, Text } from '@mantine/core';
import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Account, DecisionKind } from '../../../api/types.ts';
import { Field, SectionCard } from '../../../components/section-card.tsx';
import { useCan } from '../../platform/auth/use-permissions.ts';
import { DecisionHistory } from './decision-history.tsx';

// The dialog brings the date picker along: loaded when someone decides.
const DecisionDialog = lazy(() =>
  import('./decision-dialog.tsx').then((module) => ({ default: module.DecisionDialog })),
);

/** Whether the account is a key account, who looks after it, and the decisions that led there. */
export function KeyAccountCard({ account }: { account: Account }) {
  const { t } = useTranslation();
  const can = useCan();
  const [deciding, setDeciding] = useState<DecisionKind | null>(null);
  const decide = can('portfolio:decide') && account.archivedAt === null;
  return (
    <SectionCard title={t('keyAccounts.card.title')}>
      <Stack gap="md">
        {account.isKeyAccount ? (
          <Group gap="md" align="flex-start">
            <Field label={t('fields.keyAccountTier')}>
              {account.keyAccountTier ? t('accounts.tierOption', { tier: account.keyAccountTier }) : null}
            </Field>
            <Field label={t('keyAccounts.card.kam')}>{account.owner?.name}</Field>
          </Group>
        ) : (
          <Text size="sm" c="dimmed">
            {t('keyAccounts.card.notKey')}
          </Text>
        )}
        {decide ? (
          <Group gap="xs">
            {account.isKeyAccount ? (
              <>
                <Button variant="light" size="xs" onClick={() => setDeciding('change')}>
                  {t('keyAccounts.change')}
                </Button>
                <Button variant="default" size="xs" onClick={() => setDeciding('hand_to_account_manager')}>
                  {t('keyAccounts.handOver')}
                </Button>
              </>
            ) : (
              <Button size="xs" onClick={() => setDeciding('designate')}>
                {t('keyAccounts.designate')}
              </Button>
            )}
          </Group>
        ) : null}
        <DecisionHistory accountId={account.id} />
      </Stack>
      {deciding ? (
        <Suspense fallback={null}>
          <DecisionDialog
            opened
            kind={deciding}
            accountId={account.id}
            accountName={account.name}
            onClose={() => setDeciding(null)}
          />
        </Suspense>
      ) : null}
    </SectionCard>
  );
}

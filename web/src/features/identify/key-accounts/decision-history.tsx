import { Badge, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { decisionsQuery } from '../../../api/portfolio.ts';
import type { Decision } from '../../../api/types.ts';
import { ListState } from '../../../components/list-state.tsx';
import { PlainList, PlainListItem } from '../../../components/plain-list.tsx';
import { useFormat } from '../../../i18n/format.ts';

const kindColors = { designate: 'grape', change: 'indigo', hand_to_account_manager: 'gray' } as const;

/** Every key-account decision about the account, newest first: what, who, when, why. */
export function DecisionHistory({ accountId }: { accountId: string }) {
  const { t } = useTranslation();
  const query = useQuery(decisionsQuery(accountId));
  const decisions = query.data ?? [];
  return (
    <Stack gap="xs">
      <Text size="xs" c="dimmed" fw={500} tt="uppercase" style={{ letterSpacing: '0.03em' }}>
        {t('keyAccounts.history.title')}
      </Text>
      <ListState
        pending={query.isPending}
        error={query.error}
        empty={decisions.length === 0}
        emptyText={t('keyAccounts.history.empty')}
        height={40}
      />
      {decisions.length > 0 ? (
        <PlainList label={t('keyAccounts.history.title')}>
          {decisions.map((decision) => (
            <DecisionEntry key={decision.id} decision={decision} />
          ))}
        </PlainList>
      ) : null}
    </Stack>
  );
}

function DecisionEntry({ decision }: { decision: Decision }) {
  const { t } = useTranslation();
  const format = useFormat();
  const what = [
    decision.tier && decision.kind !== 'hand_to_account_manager'
      ? t('accounts.tierOption', { tier: decision.tier })
      : null,
    decision.owner
      ? t(
          decision.kind === 'hand_to_account_manager' ? 'keyAccounts.history.am' : 'keyAccounts.history.kam',
          {
            name: decision.owner.name,
          },
        )
      : null,
  ]
    .filter(Boolean)
    .join(' · ');
  return (
    <PlainListItem testId="decision">
      <Stack gap={4} style={{ minWidth: 0, flex: 1 }}>
        <Badge
          color={kindColors[decision.kind]}
          variant="light"
          radius="sm"
          tt="none"
          style={{ alignSelf: 'flex-start' }}
        >
          {t(`keyAccounts.history.kinds.${decision.kind}`)}
        </Badge>
        {what ? (
          <Text size="sm" fw={500}>
            {what}
          </Text>
        ) : null}
        <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
          „{decision.reason}“
        </Text>
        <Text size="xs" c="dimmed">
          {t('keyAccounts.history.by', {
            name: decision.decidedBy.name,
            date: format.dateTime(decision.decidedAt),
            effective: format.date(decision.effectiveOn),
          })}
        </Text>
      </Stack>
    </PlainListItem>
  );
}

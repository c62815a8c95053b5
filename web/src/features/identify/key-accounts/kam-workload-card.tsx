import { Alert, Badge, Group, Progress, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { kamWorkloadQuery } from '../../../api/portfolio.ts';
import { ListState } from '../../../components/list-state.tsx';
import { PlainList, PlainListItem } from '../../../components/plain-list.tsx';
import { SectionCard } from '../../../components/section-card.tsx';

/** Key accounts per KAM against the workspace's limit, with a warning for whoever is above it. */
export function KamWorkloadCard() {
  const { t } = useTranslation();
  const query = useQuery(kamWorkloadQuery);
  const workload = query.data;
  const over = workload?.items.filter((item) => item.overLimit) ?? [];
  return (
    <SectionCard
      title={t('keyAccounts.workload.title')}
      description={workload ? t('keyAccounts.workload.description', { limit: workload.limit }) : undefined}
    >
      <Stack gap="sm">
        <ListState
          pending={query.isPending}
          error={query.error}
          empty={workload?.items.length === 0}
          emptyText={t('keyAccounts.workload.empty')}
        />
        {over.length > 0 ? (
          <Alert color="orange" variant="light" role="status" data-testid="workload-warning">
            {t('keyAccounts.workload.warning', {
              count: over.length,
              names: over.map((item) => item.user.name).join(', '),
            })}
          </Alert>
        ) : null}
        {workload && workload.items.length > 0 ? (
          <PlainList label={t('keyAccounts.workload.title')}>
            {workload.items.map((item) => (
              <PlainListItem key={item.user.id} testId="kam-workload">
                <Stack gap={4} style={{ flex: 1, minWidth: 0 }}>
                  <Group justify="space-between" gap="xs" wrap="nowrap">
                    <Text size="sm" fw={600} truncate>
                      {item.user.name}
                      {item.user.role !== 'key_account_manager' ? (
                        <Text span size="xs" c="dimmed" fw={400} ml={6}>
                          {t(`roles.${item.user.role}`, { defaultValue: item.user.role })}
                        </Text>
                      ) : null}
                    </Text>
                    <Group gap={6} wrap="nowrap">
                      {item.overLimit ? (
                        <Badge color="orange" variant="light" radius="sm" size="sm">
                          {t('keyAccounts.workload.over')}
                        </Badge>
                      ) : null}
                      <Text size="sm" style={{ fontVariantNumeric: 'tabular-nums' }}>
                        {t('keyAccounts.workload.count', { count: item.keyAccounts, limit: workload.limit })}
                      </Text>
                    </Group>
                  </Group>
                  <Progress
                    value={Math.min(100, (item.keyAccounts / Math.max(1, workload.limit)) * 100)}
                    color={
                      item.overLimit ? 'orange' : item.keyAccounts === workload.limit ? 'yellow' : 'blue'
                    }
                    size="sm"
                    radius="xl"
                    aria-label={t('keyAccounts.workload.count', {
                      count: item.keyAccounts,
                      limit: workload.limit,
                    })}
                  />
                </Stack>
              </PlainListItem>
            ))}
          </PlainList>
        ) : null}
      </Stack>
    </SectionCard>
  );
}

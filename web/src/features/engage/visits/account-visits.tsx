import { Button, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Account } from '../../../api/types.ts';
import { visitListQuery } from '../../../api/visits.ts';
import { ListState } from '../../../components/list-state.tsx';
import { SectionCard } from '../../../components/section-card.tsx';
import { useCan } from '../../platform/auth/use-permissions.ts';
import { VisitList } from './visit-list.tsx';

// The form brings the date picker along.
const VisitDialog = lazy(() =>
  import('./visit-dialog.tsx').then((module) => ({ default: module.VisitDialog })),
);

/** The account's planned visits, and the past ones with their reports. */
export function AccountVisits({ account }: { account: Account }) {
  const { t } = useTranslation();
  const can = useCan();
  const [planning, setPlanning] = useState(false);
  const query = useQuery(visitListQuery({ accountId: account.id }));
  const visits = query.data ?? [];
  const planned = visits.filter((visit) => visit.status === 'planned');
  const past = visits.filter((visit) => visit.status !== 'planned').reverse();
  return (
    <SectionCard
      title={t('visits.title')}
      actions={
        can('relationships:write') && account.archivedAt === null ? (
          <Button size="xs" variant="light" onClick={() => setPlanning(true)}>
            {t('visits.plan')}
          </Button>
        ) : null
      }
    >
      <Stack gap="sm">
        <ListState
          pending={query.isPending}
          error={query.error}
          empty={visits.length === 0}
          emptyText={t('visits.empty')}
          height={40}
        />
        {planned.length > 0 ? (
          <VisitList label={t('visits.planned')} visits={planned} showAccount={false} />
        ) : null}
        {past.length > 0 ? (
          <>
            <Text size="xs" c="dimmed" fw={600} tt="uppercase" mt="xs">
              {t('visits.past')}
            </Text>
            <VisitList label={t('visits.past')} visits={past} showAccount={false} />
          </>
        ) : null}
      </Stack>
      {planning ? (
        <Suspense fallback={null}>
          <VisitDialog account={account} onClose={() => setPlanning(false)} />
        </Suspense>
      ) : null}
    </SectionCard>
  );
}

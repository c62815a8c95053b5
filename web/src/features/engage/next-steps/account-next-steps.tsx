import { Button } from '@mantine/core';
import { useInfiniteQuery } from '@tanstack/react-query';
import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { nextStepListQuery } from '../../../api/next-steps.ts';
import { PagedItems } from '../../../components/paged-items.tsx';
import { SectionCard } from '../../../components/section-card.tsx';
import { useCan } from '../../platform/auth/use-permissions.ts';
import { NextStepList } from './next-step-list.tsx';

// The dialog brings the date picker along.
const NextStepDialog = lazy(() =>
  import('./next-step-dialog.tsx').then((module) => ({ default: module.NextStepDialog })),
);

/** The account's open next steps, the overdue ones first because they are due earliest. */
export function AccountNextSteps({ accountId }: { accountId: string }) {
  const { t } = useTranslation();
  const can = useCan();
  const [creating, setCreating] = useState(false);
  const query = useInfiniteQuery(nextStepListQuery({ accountId, status: 'open' }));
  return (
    <SectionCard
      title={t('nextSteps.title')}
      actions={
        can('relationships:write') ? (
          <Button size="xs" variant="light" onClick={() => setCreating(true)}>
            {t('nextSteps.new')}
          </Button>
        ) : null
      }
    >
      <PagedItems query={query} emptyText={t('nextSteps.emptyAccount')} height={40}>
        {(steps) => <NextStepList label={t('nextSteps.title')} steps={steps} showAccount={false} />}
      </PagedItems>
      {creating ? (
        <Suspense fallback={null}>
          <NextStepDialog accountId={accountId} onClose={() => setCreating(false)} />
        </Suspense>
      ) : null}
    </SectionCard>
  );
}

import { Group, SegmentedControl, Stack, Switch } from '@mantine/core';
import { useInfiniteQuery } from '@tanstack/react-query';
import { useNavigate, useSearch } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { type NextStepFilters, nextStepListQuery } from '../../../api/next-steps.ts';
import { PageHeader } from '../../../components/page-header.tsx';
import { PagedItems } from '../../../components/paged-items.tsx';
import { SectionCard } from '../../../components/section-card.tsx';
import { useCan } from '../../platform/auth/use-permissions.ts';
import { useMe } from '../relationships/use-me.ts';
import { NextStepList } from './next-step-list.tsx';

export interface NextStepSearch {
  owner?: 'all';
  status?: 'done' | 'all';
  overdue?: 'true';
}

export function validateNextStepSearch(search: Record<string, unknown>): NextStepSearch {
  return {
    ...(search.owner === 'all' ? { owner: 'all' } : {}),
    ...(search.status === 'done' || search.status === 'all' ? { status: search.status } : {}),
    ...(search.overdue === 'true' ? { overdue: 'true' } : {}),
  };
}

/** Every next step: mine or everyone's, open or done, only the overdue ones if need be. */
export function NextStepsPage() {
  const { t } = useTranslation();
  const can = useCan();
  const me = useMe();
  const navigate = useNavigate();
  const search = useSearch({ strict: false }) as NextStepSearch;
  // Internal colleagues see only the steps assigned to them anyway.
  const seesOthers = can('relationships:read');
  const everyone = seesOthers && search.owner === 'all';
  const filters: NextStepFilters = {
    ...(everyone ? {} : { ownerId: me?.id }),
    ...(search.status === 'all' ? {} : { status: search.status ?? 'open' }),
    ...(search.overdue ? { overdue: 'true' } : {}),
  };
  const query = useInfiniteQuery(nextStepListQuery(filters, 100));
  const set = (patch: Partial<NextStepSearch>) =>
    void navigate({ to: '/next-steps', search: validateNextStepSearch({ ...search, ...patch }) });
  return (
    <>
      <PageHeader title={t('nextSteps.pageTitle')} subtitle={t('nextSteps.pageSubtitle')} />
      <Stack gap="md" maw={1000}>
        <Group gap="md" wrap="wrap">
          {seesOthers ? (
            <SegmentedControl
              aria-label={t('nextSteps.whose')}
              value={everyone ? 'all' : 'mine'}
              onChange={(value) => set({ owner: value === 'all' ? 'all' : undefined })}
              data={[
                { value: 'mine', label: t('nextSteps.mine') },
                { value: 'all', label: t('nextSteps.everyone') },
              ]}
            />
          ) : null}
          <SegmentedControl
            aria-label={t('nextSteps.statusFilter')}
            value={search.status ?? 'open'}
            onChange={(value) => set({ status: value === 'open' ? undefined : (value as 'done' | 'all') })}
            data={[
              { value: 'open', label: t('nextSteps.open') },
              { value: 'done', label: t('nextSteps.done') },
              { value: 'all', label: t('common.all') },
            ]}
          />
          <Switch
            label={t('nextSteps.overdueOnly')}
            checked={search.overdue === 'true'}
            onChange={(event) => set({ overdue: event.currentTarget.checked ? 'true' : undefined })}
          />
        </Group>
        <SectionCard title={everyone ? t('nextSteps.everyonesSteps') : t('nextSteps.mySteps')}>
          <PagedItems query={query} emptyText={t('nextSteps.empty')}>
            {(steps) => <NextStepList label={t('nextSteps.pageTitle')} steps={steps} />}
          </PagedItems>
        </SectionCard>
      </Stack>
    </>
  );
}

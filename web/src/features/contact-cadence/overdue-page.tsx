import { SegmentedControl, Stack, Text } from '@mantine/core';
import { useInfiniteQuery } from '@tanstack/react-query';
import { useNavigate, useSearch } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { overdueQuery } from '../../api/contact-cadence.ts';
import { PageHeader } from '../../components/page-header.tsx';
import { PagedItems } from '../../components/paged-items.tsx';
import { SectionCard } from '../../components/section-card.tsx';
import { useCan } from '../auth/use-permissions.ts';
import { useMe } from '../relationships/use-me.ts';
import { OverdueList } from './overdue-list.tsx';

export interface OverdueSearch {
  scope?: 'team';
}

export function validateOverdueSearch(search: Record<string, unknown>): OverdueSearch {
  return search.scope === 'team' ? { scope: 'team' } : {};
}

/** The overdue contacts: a KAM's own, or the whole team's for the head of sales. */
export function OverduePage() {
  const { t } = useTranslation();
  const can = useCan();
  const me = useMe();
  const navigate = useNavigate();
  const search = useSearch({ strict: false }) as OverdueSearch;
  const lead = can('relationships:configure');
  const team = lead && search.scope === 'team';
  const query = useInfiniteQuery(overdueQuery(team ? undefined : me?.id));
  return (
    <>
      <PageHeader title={t('cadence.title')} subtitle={t('cadence.subtitle')} />
      <Stack gap="md" maw={1100}>
        {lead ? (
          <SegmentedControl
            aria-label={t('cadence.scope')}
            value={team ? 'team' : 'me'}
            onChange={(value) =>
              void navigate({ to: '/contact-cadence', search: value === 'team' ? { scope: 'team' } : {} })
            }
            data={[
              { value: 'me', label: t('cadence.mine') },
              { value: 'team', label: t('cadence.team') },
            ]}
            style={{ alignSelf: 'flex-start' }}
          />
        ) : null}
        <SectionCard
          title={team ? t('cadence.listTeam') : t('cadence.listMine')}
          description={t('cadence.listHint')}
        >
          <PagedItems query={query} emptyText={t('cadence.empty')}>
            {(items) => (
              <>
                <OverdueList label={t('cadence.title')} items={items} showKam={team} />
                <Text size="xs" c="dimmed" mt="sm">
                  {t('cadence.importanceHint')}
                </Text>
              </>
            )}
          </PagedItems>
        </SectionCard>
      </Stack>
    </>
  );
}

import { Stack, Text } from '@mantine/core';
import { useInfiniteQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { overdueQuery } from '../../../api/contact-cadence.ts';
import { PageHeader } from '../../../components/page-header.tsx';
import { PagedItems } from '../../../components/paged-items.tsx';
import { SectionCard } from '../../../components/section-card.tsx';
import { TeamScopeSwitch, useTeamScope } from '../relationships/team-scope.tsx';
import { useMe } from '../relationships/use-me.ts';
import { OverdueList } from './overdue-list.tsx';

/** The overdue contacts: a KAM's own, or the whole team's for the head of sales. */
export function OverduePage() {
  const { t } = useTranslation();
  const me = useMe();
  const { lead, team } = useTeamScope();
  const query = useInfiniteQuery(overdueQuery(team ? undefined : me?.id));
  return (
    <>
      <PageHeader title={t('cadence.title')} subtitle={t('cadence.subtitle')} />
      <Stack gap="md" maw={1100}>
        {lead ? (
          <TeamScopeSwitch
            to="/contact-cadence"
            team={team}
            label={t('cadence.scope')}
            labels={{ me: t('cadence.mine'), team: t('cadence.team') }}
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

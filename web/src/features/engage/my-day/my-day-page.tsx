import { Grid, SimpleGrid, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { type DayScope, myDayQuery } from '../../../api/my-day.ts';
import type { MyDay } from '../../../api/relationship-types.ts';
import { AnchorLink } from '../../../components/links.tsx';
import { ListState } from '../../../components/list-state.tsx';
import { PageHeader } from '../../../components/page-header.tsx';
import { SectionCard } from '../../../components/section-card.tsx';
import { StatCard } from '../../../components/stat-card.tsx';
import { today } from '../../../i18n/days.ts';
import { useFormat } from '../../../i18n/format.ts';
import { useCan } from '../../platform/auth/use-permissions.ts';
import { OverdueList } from '../contact-cadence/overdue-list.tsx';
import { TeamScopeSwitch, useTeamScope } from '../relationships/team-scope.tsx';
import { VisitList } from '../visits/visit-list.tsx';
import { CoverageList } from './coverage-list.tsx';
import { DayNextSteps } from './day-next-steps.tsx';
import { TeamTable } from './team-table.tsx';

/** Overdue contacts shown here; the rest are one click away. */
const OVERDUE_SHOWN = 8;

/**
 * The start page: today's and this week's visits, the next steps due, who is overdue for a
 * contact, and the key accounts with gaps in their buying centre. A head of sales switches to
 * the team, per KAM.
 */
export function MyDayPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const can = useCan();
  const { lead, team } = useTeamScope();
  const scope: DayScope = team ? 'team' : 'me';
  const query = useQuery(myDayQuery(scope));
  const day = query.data;
  return (
    <>
      <PageHeader
        title={t('myDay.title')}
        subtitle={format.longDay(day?.date ?? today())}
        actions={
          lead ? (
            <TeamScopeSwitch
              to="/"
              team={team}
              label={t('myDay.scope')}
              labels={{ me: t('myDay.me'), team: t('myDay.team') }}
            />
          ) : null
        }
      />
      {day ? (
        <DayContent day={day} scope={scope} relationships={can('relationships:read')} />
      ) : (
        <ListState pending={query.isPending} error={query.error} height={320} />
      )}
    </>
  );
}

function DayContent({ day, scope, relationships }: { day: MyDay; scope: DayScope; relationships: boolean }) {
  const { t } = useTranslation();
  const steps = day.nextSteps;
  const overdueSteps = steps.overdue.length;
  // Internal colleagues work on the steps assigned to them; the rest is the sellers' business.
  if (!relationships)
    return (
      <Stack gap="md" maw={900}>
        <DayNextSteps steps={steps} />
      </Stack>
    );
  const laterThisWeek = day.visitsThisWeek.filter(
    (visit) => !day.visitsToday.some((todays) => todays.id === visit.id),
  );
  return (
    <Stack gap="md">
      {/* Two a row on a phone: the day's figures at a glance, the lists below them. */}
      <SimpleGrid cols={{ base: 2, md: 4 }} spacing={{ base: 'xs', sm: 'md' }}>
        <StatCard
          label={t('myDay.stats.visitsToday')}
          value={day.visitsToday.length}
          testId="stat-visits-today"
        />
        <StatCard
          label={t('myDay.stats.stepsDue')}
          value={overdueSteps + steps.dueToday.length}
          hint={overdueSteps > 0 ? t('myDay.stats.stepsOverdue', { count: overdueSteps }) : undefined}
          testId="stat-steps"
        />
        <StatCard
          label={t('myDay.stats.overdueContacts')}
          value={day.overdueContacts.length}
          testId="stat-overdue-contacts"
        />
        <StatCard
          label={t('myDay.stats.coverage')}
          value={day.coverageWarnings.length}
          testId="stat-coverage"
        />
      </SimpleGrid>
      {scope === 'team' && day.team ? <TeamTable rows={day.team} /> : null}
      <Grid gutter="md">
        <Grid.Col span={{ base: 12, lg: 7 }}>
          <Stack gap="md">
            <SectionCard title={t('myDay.today')}>
              {day.visitsToday.length > 0 ? (
                <VisitList label={t('myDay.today')} visits={day.visitsToday} showAccount />
              ) : (
                <Text size="sm" c="dimmed">
                  {t('myDay.noVisitsToday')}
                </Text>
              )}
            </SectionCard>
            <DayNextSteps steps={steps} />
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 5 }}>
          <Stack gap="md">
            <SectionCard title={t('myDay.thisWeek')}>
              {laterThisWeek.length > 0 ? (
                <VisitList label={t('myDay.thisWeek')} visits={laterThisWeek} showAccount />
              ) : (
                <Text size="sm" c="dimmed">
                  {t('myDay.noVisitsThisWeek')}
                </Text>
              )}
            </SectionCard>
            <SectionCard
              title={t('myDay.overdueContacts')}
              actions={
                <AnchorLink
                  to="/contact-cadence"
                  search={scope === 'team' ? { scope: 'team' } : {}}
                  size="sm"
                >
                  {t('myDay.allOverdue')}
                </AnchorLink>
              }
            >
              {day.overdueContacts.length > 0 ? (
                <OverdueList
                  label={t('myDay.overdueContacts')}
                  items={day.overdueContacts.slice(0, OVERDUE_SHOWN)}
                  showKam={scope === 'team'}
                />
              ) : (
                <Text size="sm" c="dimmed">
                  {t('myDay.noOverdueContacts')}
                </Text>
              )}
            </SectionCard>
            <CoverageList items={day.coverageWarnings} />
          </Stack>
        </Grid.Col>
      </Grid>
    </Stack>
  );
}

import { Badge, Button, Grid, Group, SimpleGrid, Stack, Text } from '@mantine/core';
import { useMutation, useQuery, useSuspenseQuery } from '@tanstack/react-query';
import { useParams } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { interactionQuery } from '../../../api/interactions.ts';
import { visitIcsUrl, visitQuery, visitsApi } from '../../../api/visits.ts';
import { ConfirmAction } from '../../../components/confirm-action.tsx';
import { AnchorLink } from '../../../components/links.tsx';
import { ListState } from '../../../components/list-state.tsx';
import { PageHeader } from '../../../components/page-header.tsx';
import { Field, SectionCard } from '../../../components/section-card.tsx';
import { useFormat } from '../../../i18n/format.ts';
import { useCan } from '../../platform/auth/use-permissions.ts';
import { InteractionItem } from '../interactions/interaction-item.tsx';
import { useRelationshipsWritten } from '../relationships/use-relationships-written.ts';
import { MaterialsCard } from './materials-card.tsx';
import { ReportDialog } from './report-dialog.tsx';
import { VisitDialog } from './visit-dialog.tsx';
import { VisitStatusBadge } from './visit-status-badge.tsx';

/** A planned visit: details, materials, the calendar file; afterwards, its report. */
export function VisitPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const can = useCan();
  const written = useRelationshipsWritten();
  const { visitId } = useParams({ from: '/app/visits/$visitId' });
  const { data: visit } = useSuspenseQuery(visitQuery(visitId));
  const [reporting, setReporting] = useState(false);
  const [changing, setChanging] = useState(false);
  const cancel = useMutation({
    mutationFn: () => visitsApi.update(visit.id, { status: 'cancelled', version: visit.version }),
    onSuccess: () => written(),
  });
  const mayEdit = can('relationships:write') && visit.status === 'planned';
  const names = (refs: { name: string }[]) =>
    refs.length > 0 ? refs.map((ref) => ref.name).join(', ') : null;

  return (
    <>
      <PageHeader
        back={
          <AnchorLink
            to="/accounts/$accountId"
            params={{ accountId: visit.account.id }}
            search={{ tab: 'visits' }}
            size="sm"
            c="dimmed"
          >
            ← {visit.account.name}
          </AnchorLink>
        }
        title={visit.title}
        badges={<VisitStatusBadge status={visit.status} />}
        subtitle={t('visits.whenLong', {
          day: format.longDay(visit.startsAt),
          from: format.time(visit.startsAt),
          to: format.time(visit.endsAt),
        })}
        actions={
          <>
            {visit.status === 'planned' ? (
              <Button component="a" href={visitIcsUrl(visit.id)} download variant="default">
                {t('visits.ics')}
              </Button>
            ) : null}
            {mayEdit ? (
              <Button variant="default" onClick={() => setChanging(true)}>
                {t('visits.edit')}
              </Button>
            ) : null}
            {mayEdit ? (
              <ConfirmAction
                label={t('visits.cancel')}
                title={t('visits.cancelTitle', { title: visit.title })}
                message={t('visits.cancelMessage')}
                loading={cancel.isPending}
                error={cancel.error}
                onConfirm={() => cancel.mutateAsync()}
              />
            ) : null}
            {mayEdit ? <Button onClick={() => setReporting(true)}>{t('visits.report')}</Button> : null}
          </>
        }
      />
      <Grid gutter="md">
        <Grid.Col span={{ base: 12, lg: 7 }}>
          <Stack gap="md">
            <SectionCard title={t('visits.details')}>
              <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="lg" verticalSpacing="md">
                <Field label={t('visits.place')}>{visit.place}</Field>
                <Field label={t('visits.organiser')}>{visit.organiser.name}</Field>
                <Field label={t('visits.participants')}>{names(visit.participants)}</Field>
                <Field label={t('visits.contacts')}>{names(visit.contacts)}</Field>
                <Field label={t('visits.topics')}>
                  {visit.topics.length > 0 ? (
                    <Group gap={4}>
                      {visit.topics.map((topic) => (
                        <Badge key={topic} variant="light" radius="sm" tt="none">
                          {topic}
                        </Badge>
                      ))}
                    </Group>
                  ) : null}
                </Field>
                {visit.rating ? (
                  <Field label={t('visits.rating')}>
                    {t('visits.ratingValue', { rating: visit.rating })}
                  </Field>
                ) : null}
              </SimpleGrid>
              <Stack gap={2} mt="md">
                <Field label={t('visits.agenda')}>
                  {visit.agenda ? <span style={{ whiteSpace: 'pre-wrap' }}>{visit.agenda}</span> : null}
                </Field>
              </Stack>
            </SectionCard>
            {visit.interactionId ? <VisitReportCard interactionId={visit.interactionId} /> : null}
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 5 }}>
          <Stack gap="md">
            <MaterialsCard visit={visit} />
            {visit.status === 'planned' ? (
              <Text size="xs" c="dimmed">
                {t('visits.icsHint')}{' '}
                <AnchorLink to="/settings/profile" size="xs" underline="always">
                  {t('visits.icsFeed')}
                </AnchorLink>
              </Text>
            ) : null}
          </Stack>
        </Grid.Col>
      </Grid>
      {reporting ? <ReportDialog visit={visit} onClose={() => setReporting(false)} /> : null}
      {changing ? (
        <VisitDialog account={visit.account} visit={visit} onClose={() => setChanging(false)} />
      ) : null}
    </>
  );
}

function VisitReportCard({ interactionId }: { interactionId: string }) {
  const { t } = useTranslation();
  const query = useQuery(interactionQuery(interactionId));
  return (
    <SectionCard title={t('visits.reportCard')}>
      {query.data ? (
        <Stack component="ul" gap={0} m={0} p={0} style={{ listStyle: 'none' }}>
          <InteractionItem interaction={query.data} showAccount={false} />
        </Stack>
      ) : (
        <ListState pending={query.isPending} error={query.error} height={80} />
      )}
    </SectionCard>
  );
}

import { Accordion, List, Stack, Text } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { calendarFeedQuery, meApi } from '../../../api/me.ts';
import { ConfirmAction } from '../../../components/confirm-action.tsx';
import { CopyField } from '../../../components/copy-field.tsx';
import { ListState } from '../../../components/list-state.tsx';
import { SectionCard } from '../../../components/section-card.tsx';

const calendars = ['outlook', 'google', 'apple'] as const;

/**
 * The private calendar feed: planned visits and due next steps in Outlook, Google or Apple
 * Calendar. Whoever knows the URL can read it, so a new one can be issued at any time.
 */
export function CalendarFeedCard() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const query = useQuery(calendarFeedQuery);
  const renew = useMutation({
    mutationFn: () => meApi.renewCalendarFeed(),
    onSuccess: (data) => queryClient.setQueryData(calendarFeedQuery.queryKey, data),
  });
  return (
    <SectionCard
      title={t('calendarFeed.title')}
      description={t('calendarFeed.description')}
      actions={
        query.data ? (
          <ConfirmAction
            label={t('calendarFeed.renew')}
            title={t('calendarFeed.renewTitle')}
            message={t('calendarFeed.renewMessage')}
            confirmLabel={t('calendarFeed.renewConfirm')}
            color="orange"
            loading={renew.isPending}
            error={renew.error}
            onConfirm={() => renew.mutateAsync()}
          />
        ) : null
      }
    >
      <Stack gap="md">
        <ListState pending={query.isPending} error={query.error} height={36} />
        {query.data ? <CopyField label={t('calendarFeed.url')} value={query.data} /> : null}
        {renew.isSuccess ? (
          <Text size="sm" c="teal" role="status">
            {t('calendarFeed.renewed')}
          </Text>
        ) : null}
        <Text size="xs" c="dimmed">
          {t('calendarFeed.private')}
        </Text>
        <Accordion variant="separated" radius="md">
          {calendars.map((calendar) => (
            <Accordion.Item key={calendar} value={calendar}>
              <Accordion.Control>{t(`calendarFeed.howTo.${calendar}.title`)}</Accordion.Control>
              <Accordion.Panel>
                <List type="ordered" size="sm" spacing={4}>
                  {(t(`calendarFeed.howTo.${calendar}.steps`, { returnObjects: true }) as string[]).map(
                    (step) => (
                      <List.Item key={step}>{step}</List.Item>
                    ),
                  )}
                </List>
              </Accordion.Panel>
            </Accordion.Item>
          ))}
        </Accordion>
      </Stack>
    </SectionCard>
  );
}

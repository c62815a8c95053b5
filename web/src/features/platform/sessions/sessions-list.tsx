import { Badge, Button, Group, Stack, Text } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { meApi, mySessionsQuery } from '../../../api/me.ts';
import type { Session } from '../../../api/types.ts';
import { ListState } from '../../../components/list-state.tsx';
import { PlainList, PlainListItem } from '../../../components/plain-list.tsx';
import { SectionCard } from '../../../components/section-card.tsx';
import { useFormat } from '../../../i18n/format.ts';
import { describeDevice } from './user-agent.ts';

/** Where I am signed in; every device but this one can be signed out from here. */
export function SessionsList() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const query = useQuery(mySessionsQuery);
  const revoke = useMutation({
    mutationFn: async (ids: string[]) => {
      for (const id of ids) await meApi.revokeSession(id);
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: mySessionsQuery.queryKey }),
  });
  const sessions = query.data ?? [];
  const others = sessions.filter((session) => !session.current);

  return (
    <SectionCard
      title={t('sessions.title')}
      description={t('sessions.description')}
      actions={
        others.length > 1 ? (
          <Button
            variant="default"
            color="red"
            loading={revoke.isPending && revoke.variables?.length !== 1}
            onClick={() => revoke.mutate(others.map((session) => session.id))}
          >
            {t('sessions.revokeOthers')}
          </Button>
        ) : null
      }
    >
      <Stack gap="sm">
        <ListState pending={query.isPending} error={query.error ?? revoke.error} />
        <PlainList label={t('sessions.title')}>
          {sessions.map((session) => (
            <SessionItem
              key={session.id}
              session={session}
              revoking={revoke.isPending && revoke.variables?.includes(session.id) === true}
              onRevoke={() => revoke.mutate([session.id])}
            />
          ))}
        </PlainList>
        {!query.isPending && others.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('sessions.onlyThisDevice')}
          </Text>
        ) : null}
      </Stack>
    </SectionCard>
  );
}

interface SessionItemProps {
  session: Session;
  revoking: boolean;
  onRevoke: () => void;
}

function SessionItem({ session, revoking, onRevoke }: SessionItemProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const { browser, os } = describeDevice(session.userAgent);
  const device =
    browser && os ? t('sessions.browserOn', { browser, os }) : (browser ?? os ?? t('sessions.unknownDevice'));
  return (
    <PlainListItem testId="session">
      <Stack gap={2} style={{ minWidth: 0, flex: '1 1 260px' }}>
        <Group gap="xs">
          <Text fw={600} size="sm">
            {device}
          </Text>
          {session.current ? (
            <Badge color="green" variant="light" radius="sm">
              {t('sessions.thisDevice')}
            </Badge>
          ) : null}
        </Group>
        {!browser && !os && session.userAgent ? (
          <Text size="xs" c="dimmed" truncate title={session.userAgent}>
            {session.userAgent}
          </Text>
        ) : null}
        <Text size="xs" c="dimmed">
          {[
            session.ip ? t('sessions.ip', { ip: session.ip }) : null,
            t('sessions.lastSeen', { date: format.dateTime(session.lastSeenAt) }),
            t('sessions.signedInSince', { date: format.dateTime(session.createdAt) }),
          ]
            .filter(Boolean)
            .join(' · ')}
        </Text>
      </Stack>
      {session.current ? null : (
        <Button
          variant="default"
          size="xs"
          loading={revoking}
          onClick={onRevoke}
          aria-label={t('sessions.revokeOne', { device })}
        >
          {t('sessions.revoke')}
        </Button>
      )}
    </PlainListItem>
  );
}

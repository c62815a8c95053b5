import { Badge, Button, Group, Stack, Text } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { interactionsApi } from '../../../api/interactions.ts';
import type { Interaction } from '../../../api/relationship-types.ts';
import { ConfirmAction } from '../../../components/confirm-action.tsx';
import { AnchorLink } from '../../../components/links.tsx';
import { useFormat } from '../../../i18n/format.ts';
import { useCan } from '../../platform/auth/use-permissions.ts';
import { useRelationshipsWritten } from '../relationships/use-relationships-written.ts';
import { sentimentColors } from './interaction-options.ts';
import { LazyInteractionDialog } from './lazy-interaction-dialog.tsx';

const kindColors = {
  meeting: 'blue',
  call: 'cyan',
  email: 'gray',
  visit: 'grape',
  presentation: 'orange',
} as const;

/** One entry of a timeline: when, what kind, who, what came of it and what was agreed. */
export function InteractionItem({
  interaction,
  showAccount,
}: {
  interaction: Interaction;
  showAccount: boolean;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const can = useCan();
  const written = useRelationshipsWritten();
  const [editing, setEditing] = useState(false);
  const remove = useMutation({
    mutationFn: () => interactionsApi.remove(interaction.id),
    onSuccess: () => written(),
  });
  const people = [
    interaction.contacts.length > 0
      ? t('interactions.with', { names: interaction.contacts.map((contact) => contact.name).join(', ') })
      : null,
    interaction.participants.length > 0
      ? t('interactions.by', { names: interaction.participants.map((user) => user.name).join(', ') })
      : null,
  ].filter(Boolean);
  return (
    <Stack
      component="li"
      gap={6}
      py="sm"
      style={{ borderBottom: '1px solid var(--mantine-color-gray-2)' }}
      data-testid="interaction"
    >
      <Group justify="space-between" gap="xs" wrap="wrap">
        <Group gap="xs" wrap="wrap">
          <Badge color={kindColors[interaction.kind]} variant="light" radius="sm" tt="none">
            {t(`interactions.kinds.${interaction.kind}`)}
          </Badge>
          <Text size="sm" fw={600}>
            {format.dateTime(interaction.occurredAt)}
          </Text>
          <Text size="xs" c="dimmed">
            {t(`interactions.channels.${interaction.channel}`)}
          </Text>
          {interaction.sentiment ? (
            <Badge color={sentimentColors[interaction.sentiment]} variant="dot" radius="sm" tt="none">
              {t(`interactions.sentiments.${interaction.sentiment}`)}
            </Badge>
          ) : null}
        </Group>
        <Group gap="xs">
          {showAccount ? (
            <AnchorLink to="/accounts/$accountId" params={{ accountId: interaction.account.id }} size="sm">
              {interaction.account.name}
            </AnchorLink>
          ) : null}
          {interaction.visitId ? (
            <AnchorLink to="/visits/$visitId" params={{ visitId: interaction.visitId }} size="sm">
              {t('interactions.toVisit')}
            </AnchorLink>
          ) : null}
          {can('relationships:write') ? (
            <Button
              size="compact-xs"
              variant="subtle"
              aria-label={t('interactions.editNamed', { date: format.dateTime(interaction.occurredAt) })}
              onClick={() => setEditing(true)}
            >
              {t('interactions.edit')}
            </Button>
          ) : null}
          {can('relationships:write') && !interaction.visitId ? (
            <ConfirmAction
              label={t('interactions.remove')}
              ariaLabel={t('interactions.removeNamed', { date: format.dateTime(interaction.occurredAt) })}
              title={t('interactions.removeTitle')}
              message={t('interactions.removeMessage')}
              loading={remove.isPending}
              error={remove.error}
              onConfirm={() => remove.mutateAsync()}
              buttonProps={{ size: 'compact-xs', variant: 'subtle' }}
            />
          ) : null}
        </Group>
      </Group>
      <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
        {interaction.summary}
      </Text>
      {interaction.outcome ? (
        <Text size="sm" c="dimmed" style={{ whiteSpace: 'pre-wrap' }}>
          {t('interactions.outcomeLine', { outcome: interaction.outcome })}
        </Text>
      ) : null}
      {interaction.presentations.length > 0 ? (
        <Stack gap={2}>
          {interaction.presentations.map((presentation) => (
            <Text key={presentation.id} size="xs">
              <Text span fw={600} size="xs">
                {presentation.topic}
              </Text>
              {presentation.feedback ? ` – ${presentation.feedback}` : ''}
            </Text>
          ))}
        </Stack>
      ) : null}
      {people.length > 0 ? (
        <Text size="xs" c="dimmed">
          {people.join(' · ')}
        </Text>
      ) : null}
      {interaction.nextSteps.length > 0 ? (
        <Text size="xs" c="dimmed">
          {t('interactions.agreed', {
            steps: interaction.nextSteps
              .map((step) =>
                t('interactions.agreedStep', {
                  title: step.title,
                  owner: step.owner.name,
                  date: format.day(step.dueOn),
                }),
              )
              .join('; '),
          })}
        </Text>
      ) : null}
      {editing ? (
        <Suspense fallback={null}>
          <LazyInteractionDialog
            kind={interaction.kind}
            accounts={[interaction.account]}
            interaction={interaction}
            onClose={() => setEditing(false)}
          />
        </Suspense>
      ) : null}
    </Stack>
  );
}

import { Group, Select, Stack } from '@mantine/core';
import { useInfiniteQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type InteractionFilters, interactionListQuery } from '../../../api/interactions.ts';
import { userOptions } from '../../../components/option-sources.ts';
import { PagedItems } from '../../../components/paged-items.tsx';
import { type Option, RemoteSelect } from '../../../components/remote-select.tsx';
import { SectionCard } from '../../../components/section-card.tsx';
import { useAccountPeople } from '../relationships/use-account-people.ts';
import { InteractionItem } from './interaction-item.tsx';
import { kindOptions } from './interaction-options.ts';

interface InteractionTimelineProps {
  /** An account's timeline (filterable by its contacts) or a contact's (across their accounts). */
  scope: { accountId: string } | { contactId: string };
  actions?: React.ReactNode;
}

/** Every logged contact, newest first, filterable by kind and by person on either side. */
export function InteractionTimeline({ scope, actions }: InteractionTimelineProps) {
  const { t } = useTranslation();
  const [kind, setKind] = useState<string | null>(null);
  const [contactId, setContactId] = useState<string | null>(null);
  const [participant, setParticipant] = useState<Option | null>(null);
  const accountId = 'accountId' in scope ? scope.accountId : null;
  const people = useAccountPeople(accountId);
  const filters: InteractionFilters = {
    ...scope,
    ...(kind ? { kind } : {}),
    ...(contactId && accountId ? { contactId } : {}),
    ...(participant ? { participantId: participant.value } : {}),
  };
  const query = useInfiniteQuery(interactionListQuery(filters));
  const filtered = Boolean(kind || contactId || participant);
  return (
    <SectionCard title={t('interactions.timeline')} actions={actions}>
      <Stack gap="sm">
        <Group gap="sm" align="flex-end" wrap="wrap">
          <Select
            label={t('interactions.filterKind')}
            placeholder={t('common.all')}
            data={kindOptions(t)}
            value={kind}
            onChange={setKind}
            clearable
            w={170}
          />
          {accountId ? (
            <Select
              label={t('interactions.filterContact')}
              placeholder={t('common.all')}
              data={people}
              value={contactId}
              onChange={setContactId}
              searchable
              clearable
              w={200}
            />
          ) : null}
          <RemoteSelect
            label={t('interactions.filterParticipant')}
            placeholder={t('common.all')}
            {...userOptions}
            value={participant?.value ?? null}
            selected={participant}
            onChange={setParticipant}
            w={200}
          />
        </Group>
        <PagedItems
          query={query}
          emptyText={filtered ? t('interactions.emptyFiltered') : t('interactions.empty')}
        >
          {(items) => (
            <Stack
              component="ul"
              gap={0}
              m={0}
              p={0}
              style={{ listStyle: 'none' }}
              aria-label={t('interactions.timeline')}
            >
              {items.map((interaction) => (
                <InteractionItem key={interaction.id} interaction={interaction} showAccount={!accountId} />
              ))}
            </Stack>
          )}
        </PagedItems>
      </Stack>
    </SectionCard>
  );
}

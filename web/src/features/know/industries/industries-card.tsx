import { Button, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { industriesQuery } from '../../../api/industries.ts';
import type { Industry } from '../../../api/types.ts';
import { ListState } from '../../../components/list-state.tsx';
import { SectionCard } from '../../../components/section-card.tsx';
import { SimpleTable } from '../../../components/simple-table.tsx';
import { IndustryDialog } from './industry-dialog.tsx';
import { moveIndustry } from './industry-order.ts';
import { IndustryRow } from './industry-row.tsx';
import { useIndustryChange } from './use-industry-change.ts';

/** The workspace's industries in the order the selects show them. */
export function IndustriesCard() {
  const { t } = useTranslation();
  const query = useQuery(industriesQuery);
  const move = useIndustryChange();
  // null: closed; 'new': adding; an industry: renaming it.
  const [editing, setEditing] = useState<Industry | 'new' | null>(null);
  const industries = query.data ?? [];

  return (
    <SectionCard
      title={t('industries.listTitle')}
      description={t('industries.description')}
      actions={<Button onClick={() => setEditing('new')}>{t('industries.add')}</Button>}
    >
      <Stack gap="sm">
        <ListState pending={query.isPending} error={query.error ?? move.error} height={200} />
        {industries.length > 0 ? (
          <SimpleTable
            label={t('industries.listTitle')}
            minWidth={640}
            verticalSpacing="xs"
            withActions
            columns={[
              { label: t('industries.order'), width: 90 },
              t('industries.labelDe'),
              t('industries.labelEn'),
              t('users.status'),
            ]}
          >
            {industries.map((industry, index) => (
              <IndustryRow
                key={industry.key}
                industry={industry}
                first={index === 0}
                last={index === industries.length - 1}
                moving={move.isPending}
                onMove={(by) => move.mutate(moveIndustry(industries, index, by))}
                onRename={() => setEditing(industry)}
              />
            ))}
          </SimpleTable>
        ) : null}
        <Text size="xs" c="dimmed">
          {t('industries.orderHint')}
        </Text>
      </Stack>
      {editing ? (
        <IndustryDialog
          key={editing === 'new' ? 'new' : editing.key}
          industry={editing === 'new' ? null : editing}
          industries={industries}
          opened
          onClose={() => setEditing(null)}
        />
      ) : null}
    </SectionCard>
  );
}

import { Anchor, Badge, Group, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Matrix, MatrixItem, Strategy } from '../../../api/types.ts';
import { SimpleTable } from '../../../components/simple-table.tsx';
import { useFormat } from '../../../i18n/format.ts';
import { AbcBadge } from '../portfolio/abc-class.tsx';
import { movementOf, strategyColors } from './strategy.ts';

/** The matrix's accounts as a list: position, strategy and how they moved since the last review. */
export function MatrixTable({ matrix, onOpen }: { matrix: Matrix; onOpen: (item: MatrixItem) => void }) {
  const { t } = useTranslation();
  const format = useFormat();
  const score = (value: number | null) =>
    value === null ? '–' : format.number(value, { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  const sorted = [...matrix.items].sort(
    (a, b) =>
      (b.attractiveness ?? 0) + (b.strength ?? 0) - ((a.attractiveness ?? 0) + (a.strength ?? 0)) ||
      a.name.localeCompare(b.name),
  );
  return (
    <SimpleTable
      label={t('matrix.table.label')}
      minWidth={900}
      highlightOnHover
      columns={[
        t('portfolio.table.account'),
        { label: t('portfolio.table.class'), width: 80 },
        { label: t('matrix.attractiveness'), width: 120, align: 'right' },
        { label: t('matrix.strength'), width: 120, align: 'right' },
        { label: t('matrix.table.strategy'), width: 270 },
        { label: t('matrix.table.movement'), width: 210 },
      ]}
    >
      {sorted.map((item) => (
        <Table.Tr key={item.accountId} data-testid="matrix-row">
          <Table.Td>
            <Group gap={6} wrap="nowrap">
              <Anchor component="button" type="button" fw={600} size="sm" onClick={() => onOpen(item)}>
                {item.name}
              </Anchor>
              {item.isKeyAccount ? (
                <Badge color="grape" variant="light" radius="sm" size="sm" data-testid="key-account-mark">
                  {t('accounts.keyAccountShort')}
                </Badge>
              ) : null}
            </Group>
          </Table.Td>
          <Table.Td>
            <AbcBadge abcClass={item.abcClass} />
          </Table.Td>
          <Table.Td ta="right">{score(item.attractiveness)}</Table.Td>
          <Table.Td ta="right">{score(item.strength)}</Table.Td>
          <Table.Td>
            <StrategyBadge strategy={item.strategy} />
          </Table.Td>
          <Table.Td>
            <MovementText item={item} hasPreviousReview={matrix.previousReview !== null} />
          </Table.Td>
        </Table.Tr>
      ))}
    </SimpleTable>
  );
}

export function StrategyBadge({ strategy }: { strategy: Strategy | null }) {
  const { t } = useTranslation();
  if (!strategy)
    return (
      <Text span size="sm" c="dimmed">
        {t('matrix.strategy.none')}
      </Text>
    );
  return (
    <Badge color={strategyColors[strategy]} variant="light" radius="sm" tt="none" maw="none">
      {t(`matrix.strategy.${strategy}`)}
    </Badge>
  );
}

function MovementText({ item, hasPreviousReview }: { item: MatrixItem; hasPreviousReview: boolean }) {
  const { t } = useTranslation();
  const movement = movementOf(item, hasPreviousReview);
  if (movement.kind !== 'moved')
    return (
      <Text span size="sm" c="dimmed">
        {t(`matrix.movement.${movement.kind}`)}
      </Text>
    );
  return (
    <Text span size="sm" title={t(`matrix.movement.${movement.direction}`)}>
      <Text span fw={700} aria-label={t(`matrix.movement.${movement.direction}`)}>
        {movement.arrow}
      </Text>{' '}
      {movement.from
        ? t('matrix.movement.from', { strategy: t(`matrix.strategy.${movement.from}`) })
        : t(`matrix.movement.${movement.direction}`)}
    </Text>
  );
}

import {
  Alert,
  Badge,
  Button,
  Drawer,
  Group,
  SegmentedControl,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { portfolioApi } from '../../../api/portfolio.ts';
import type { Matrix, MatrixCriterion, MatrixItem } from '../../../api/types.ts';
import { AnchorLink } from '../../../components/links.tsx';
import { ProblemAlert } from '../../../components/problem-alert.tsx';
import { useFormat } from '../../../i18n/format.ts';
import { KeyAccountBadge } from '../../know/accounts/account-badges.tsx';
import { useCan } from '../../platform/auth/use-permissions.ts';
import { DecisionDialog } from '../key-accounts/decision-dialog.tsx';
import { StrategyBadge } from './matrix-table.tsx';
import { criterionLabel } from './strategy.ts';

type Draft = Record<string, number | null>;

const NONE = '–';

/**
 * One account in the matrix: every criterion with its score. Computed ones are read-only with the
 * figure behind them; manual ones are 1–5 selectors for those who score. A head of sales can make
 * the account a key account from here.
 */
export function AccountDrawer({
  matrix,
  item,
  onClose,
}: {
  matrix: Matrix;
  item: MatrixItem;
  onClose: () => void;
}) {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const can = useCan();
  const queryClient = useQueryClient();
  const mayScore = can('portfolio:score');
  const [draft, setDraft] = useState<Draft>({});
  const [designating, setDesignating] = useState(false);
  const save = useMutation({
    mutationFn: () => portfolioApi.score(matrix.review.id, item.accountId, { scores: draft }),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: ['portfolio', 'matrix'] });
      setDraft({});
    },
  });
  const changed = Object.keys(draft).length > 0;
  const score = (value: number | null) =>
    value === null ? '–' : format.number(value, { minimumFractionDigits: 1, maximumFractionDigits: 1 });

  const figureOf = (criterion: MatrixCriterion, value: number | null) => {
    if (value === null) return t('matrix.drawer.noValue');
    switch (criterion.source) {
      case 'revenue':
        return format.moneyRounded(value, 'EUR');
      case 'growth':
      case 'margin':
        return format.percent(value);
      case 'product_breadth':
        return t('matrix.drawer.productLines', { count: value });
      default:
        return '';
    }
  };

  const axis = (name: 'attractiveness' | 'strength') => (
    <Stack gap="xs" key={name}>
      <Group justify="space-between">
        <Title order={3} size="h6">
          {t(`matrix.${name}`)}
        </Title>
        <Text size="sm" fw={600} data-testid={`drawer-${name}`}>
          {score(item[name])}
        </Text>
      </Group>
      <Table verticalSpacing={6} aria-label={t(`matrix.${name}`)}>
        <Table.Tbody>
          {matrix.criteria
            .filter((criterion) => criterion.axis === name)
            .map((criterion) => {
              const label = criterionLabel(criterion, i18n.language);
              const current = item.scores[criterion.key];
              const manual = criterion.source === 'manual';
              const value = criterion.key in draft ? draft[criterion.key] : (current?.score ?? null);
              return (
                <Table.Tr key={criterion.key} data-testid={`criterion-${criterion.key}`}>
                  <Table.Td>
                    <Text size="sm">{label}</Text>
                    <Text size="xs" c="dimmed">
                      {t('matrix.drawer.weight', { weight: format.number(criterion.weight) })}
                      {' · '}
                      {manual ? t('matrix.drawer.manual') : figureOf(criterion, current?.value ?? null)}
                    </Text>
                  </Table.Td>
                  <Table.Td ta="right">
                    {manual && mayScore ? (
                      <SegmentedControl
                        size="xs"
                        aria-label={label}
                        value={value === null || value === undefined ? NONE : String(value)}
                        data={[NONE, '1', '2', '3', '4', '5']}
                        onChange={(next) =>
                          setDraft((previous) => ({
                            ...previous,
                            [criterion.key]: next === NONE ? null : Number(next),
                          }))
                        }
                      />
                    ) : (
                      <Badge variant={manual ? 'light' : 'outline'} color="gray" radius="sm">
                        {value === null || value === undefined ? '–' : value}
                      </Badge>
                    )}
                  </Table.Td>
                </Table.Tr>
              );
            })}
        </Table.Tbody>
      </Table>
    </Stack>
  );

  return (
    <>
      <Drawer
        opened
        onClose={onClose}
        position="right"
        size="lg"
        title={
          <Text fw={700} size="lg">
            {item.name}
          </Text>
        }
      >
        <Stack gap="lg">
          <Group gap="xs">
            <StrategyBadge strategy={item.strategy} />
            {item.isKeyAccount ? <KeyAccountBadge tier={null} /> : null}
            <AnchorLink to="/accounts/$accountId" params={{ accountId: item.accountId }} size="sm">
              {t('matrix.drawer.toAccount')}
            </AnchorLink>
          </Group>
          {axis('attractiveness')}
          {axis('strength')}
          {mayScore ? (
            <Stack gap="xs">
              <ProblemAlert error={save.error} />
              {save.isSuccess && !changed ? (
                <Alert color="green" variant="light" role="status" py="xs">
                  {t('matrix.drawer.saved')}
                </Alert>
              ) : null}
              <Group justify="flex-end">
                <Button onClick={() => save.mutate()} disabled={!changed} loading={save.isPending}>
                  {t('matrix.drawer.save')}
                </Button>
              </Group>
            </Stack>
          ) : null}
          {can('portfolio:decide') && !item.isKeyAccount ? (
            <Group>
              <Button variant="light" color="grape" onClick={() => setDesignating(true)}>
                {t('keyAccounts.designate')}
              </Button>
            </Group>
          ) : null}
        </Stack>
      </Drawer>
      {designating ? (
        <DecisionDialog
          opened
          kind="designate"
          accountId={item.accountId}
          accountName={item.name}
          onClose={() => setDesignating(false)}
        />
      ) : null}
    </>
  );
}

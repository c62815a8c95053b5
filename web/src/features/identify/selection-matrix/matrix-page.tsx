import { Alert, Button, Group, Paper, Select, Skeleton, Stack, Text } from '@mantine/core';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { matrixQuery, reviewsQuery } from '../../../api/portfolio.ts';
import { isApiError } from '../../../api/problem.ts';
import { ButtonLink } from '../../../components/links.tsx';
import { PageHeader } from '../../../components/page-header.tsx';
import { ProblemAlert } from '../../../components/problem-alert.tsx';
import { SectionCard } from '../../../components/section-card.tsx';
import { useFormat } from '../../../i18n/format.ts';
import { useCan } from '../../platform/auth/use-permissions.ts';
import { AccountDrawer } from './account-drawer.tsx';
import { MatrixChart } from './matrix-chart.tsx';
import { useMatrixSearch } from './matrix-search.ts';
import { MatrixTable } from './matrix-table.tsx';
import { ReviewDialog } from './review-dialog.tsx';

/** "Auswahlmatrix": the accounts by attractiveness and our strength, per review period. */
export function MatrixPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const can = useCan();
  const { search, update } = useMatrixSearch();
  const query = useQuery({ ...matrixQuery(search.review), placeholderData: keepPreviousData, retry: false });
  const reviews = useQuery(reviewsQuery);
  const [creating, setCreating] = useState(false);
  const [openId, setOpenId] = useState<string | null>(null);
  const matrix = query.data;
  const noReview = isApiError(query.error, 'not_found') && !search.review;
  const open = matrix?.items.find((item) => item.accountId === openId);
  const period = (review: { periodFrom: string; periodTo: string }) =>
    t('matrix.review.period', { from: format.date(review.periodFrom), to: format.date(review.periodTo) });

  return (
    <>
      <PageHeader
        title={t('matrix.title')}
        subtitle={matrix ? `${matrix.review.name} · ${period(matrix.review)}` : t('matrix.subtitle')}
        actions={
          can('portfolio:decide') ? (
            <Button onClick={() => setCreating(true)}>{t('matrix.review.new')}</Button>
          ) : null
        }
      />
      <Stack gap="md">
        {reviews.data && reviews.data.length > 0 ? (
          <Paper withBorder radius="md" p="sm">
            <Group gap="md" align="flex-end" wrap="wrap">
              <Select
                label={t('matrix.review.label')}
                data={reviews.data.map((review) => ({
                  value: review.id,
                  label: `${review.name} (${period(review)})`,
                }))}
                value={search.review ?? matrix?.review.id ?? null}
                onChange={(value) =>
                  update({ review: value && value !== reviews.data[0]?.id ? value : undefined })
                }
                allowDeselect={false}
                miw={320}
              />
              {matrix?.previousReview ? (
                <Text size="sm" c="dimmed" pb={8}>
                  {t('matrix.review.comparedWith', { name: matrix.previousReview.name })}
                </Text>
              ) : null}
            </Group>
          </Paper>
        ) : null}

        {noReview ? (
          <Alert color="blue" variant="light" title={t('matrix.noReviewTitle')}>
            <Stack gap="xs" align="flex-start">
              {t('matrix.noReview')}
              {can('portfolio:decide') ? (
                <Button size="xs" variant="light" onClick={() => setCreating(true)}>
                  {t('matrix.review.new')}
                </Button>
              ) : null}
            </Stack>
          </Alert>
        ) : query.isError ? (
          <ProblemAlert error={query.error} />
        ) : null}

        {matrix && matrix.items.length === 0 ? (
          <Alert color="blue" variant="light" title={t('matrix.emptyTitle')}>
            <Stack gap="xs" align="flex-start">
              {t('matrix.empty')}
              {can('imports:run') ? (
                <ButtonLink to="/import" size="xs" variant="light">
                  {t('portfolio.abc.toImport')}
                </ButtonLink>
              ) : null}
            </Stack>
          </Alert>
        ) : null}

        {matrix ? <MatrixChart matrix={matrix} /> : query.isPending ? <Skeleton h={480} /> : null}
        {matrix ? (
          <SectionCard title={t('matrix.table.title')} description={t('matrix.table.description')}>
            <MatrixTable matrix={matrix} onOpen={(item) => setOpenId(item.accountId)} />
          </SectionCard>
        ) : null}
      </Stack>
      {matrix && open ? <AccountDrawer matrix={matrix} item={open} onClose={() => setOpenId(null)} /> : null}
      <ReviewDialog
        opened={creating}
        onClose={() => setCreating(false)}
        onCreated={(review) => update({ review: review.id })}
      />
    </>
  );
}

import { queryOptions } from '@tanstack/react-query';
import { api } from './client.ts';
import { pagedQuery } from './paged.ts';
import type {
  AbcPage,
  AbcRow,
  Account,
  Breakdown,
  BreakdownDimension,
  Decision,
  DecisionRequest,
  KamWorkload,
  KeyAccountRow,
  Matrix,
  PortfolioSettings,
  PortfolioSettingsUpdate,
  Review,
  ReviewCreate,
  ScoreUpdate,
} from './types.ts';

/** A period of the analysis; both days included. Without them the server takes the last 12 months. */
export interface Period {
  from?: string;
  to?: string;
}

export interface AbcFilter extends Period {
  /** Cumulative-share thresholds; without them the workspace's settings apply. */
  a?: number;
  b?: number;
}

export const ABC_PAGE_SIZE = 200;

export const abcQuery = (filter: AbcFilter) =>
  pagedQuery<AbcRow, AbcPage>(['portfolio', 'abc', filter], '/portfolio/abc', { ...filter }, ABC_PAGE_SIZE);

export const breakdownQuery = (dimension: BreakdownDimension, period: Period) =>
  queryOptions({
    queryKey: ['portfolio', 'breakdown', dimension, period],
    queryFn: () => api.get<Breakdown>('/portfolio/breakdown', { dimension, ...period }),
  });

export const keyAccountsQuery = (period: Period) =>
  queryOptions({
    queryKey: ['portfolio', 'key-accounts', period],
    queryFn: () =>
      api.get<{ period: { from: string; to: string }; currency: string; items: KeyAccountRow[] }>(
        '/portfolio/key-accounts',
        { ...period },
      ),
  });

export const kamWorkloadQuery = queryOptions({
  queryKey: ['portfolio', 'kam-workload'],
  queryFn: () => api.get<KamWorkload>('/portfolio/kam-workload'),
});

export const portfolioSettingsQuery = queryOptions({
  queryKey: ['portfolio', 'settings'],
  queryFn: () => api.get<PortfolioSettings>('/portfolio/settings'),
});

/** Kept under 'accounts' so that every account write refreshes it too. */
export const decisionsQuery = (accountId: string) =>
  queryOptions({
    queryKey: ['accounts', 'key-account-decisions', accountId],
    queryFn: () =>
      api.get<{ items: Decision[] }>(`/accounts/${encodeURIComponent(accountId)}/key-account-decisions`),
    select: (data) => data.items,
  });

/** The selection matrix of a review; without `reviewId` the latest (404 `not_found`: none yet). */
export const matrixQuery = (reviewId: string | undefined) =>
  queryOptions({
    queryKey: ['portfolio', 'matrix', reviewId ?? 'latest'],
    queryFn: () => api.get<Matrix>('/portfolio/matrix', { reviewId }),
  });

export const reviewsQuery = queryOptions({
  queryKey: ['portfolio', 'matrix-reviews'],
  queryFn: () => api.get<{ items: Review[] }>('/portfolio/matrix/reviews'),
  select: (data) => data.items,
});

export const portfolioApi = {
  decide: (accountId: string, body: DecisionRequest) =>
    api.post<Account>(`/accounts/${encodeURIComponent(accountId)}/key-account-decisions`, body),
  updateSettings: (body: PortfolioSettingsUpdate) =>
    api.patch<PortfolioSettings>('/portfolio/settings', body),
  createReview: (body: ReviewCreate) => api.post<Review>('/portfolio/matrix/reviews', body),
  score: (reviewId: string, accountId: string, body: ScoreUpdate) =>
    api.put<unknown>(
      `/portfolio/matrix/reviews/${encodeURIComponent(reviewId)}/scores/${encodeURIComponent(accountId)}`,
      body,
    ),
};

import { z } from 'zod';
import { ZDay, ZId } from './common.ts';

/** The currency analysed unless a request names another. */
export const DEFAULT_CURRENCY = 'EUR';

export const ZPeriodQuery = z
  .object({
    from: ZDay.optional().describe('First day, included. Default: twelve months before `to`.'),
    to: ZDay.optional().describe('Last day, included. Default: today.'),
    currency: z
      .string()
      .regex(/^[A-Z]{3}$/)
      .default(DEFAULT_CURRENCY)
      .describe('Only lines in this currency are summed; others are counted and reported.'),
  })
  .refine((q) => !q.from || !q.to || q.from <= q.to, {
    message: 'from must not be after to',
    path: ['from'],
  });

export const ZAbcQuery = ZPeriodQuery.and(
  z.object({
    a: z.coerce
      .number()
      .gt(0)
      .lt(1)
      .optional()
      .describe('A threshold (cumulative share); default from the settings, 0.8.'),
    b: z.coerce.number().gt(0).max(1).optional().describe('B threshold; default from the settings, 0.95.'),
    limit: z.coerce.number().int().min(1).max(1000).default(100),
    cursor: z.string().max(200).optional(),
  }),
);
export type AbcQuery = z.infer<typeof ZAbcQuery>;

export const ZAbcRow = z.object({
  accountId: ZId,
  customerNumber: z.string().nullable(),
  name: z.string(),
  isKeyAccount: z.boolean(),
  keyAccountTier: z.number().int().nullable(),
  rank: z.number().int(),
  revenueCents: z.number().int(),
  share: z.number(),
  cumulativeShare: z.number(),
  abcClass: z.enum(['A', 'B', 'C']),
  previousRevenueCents: z.number().int().describe('The same period one year earlier.'),
  growth: z.number().nullable().describe('Year over year; null without earlier revenue.'),
  grossMargin: z.number().nullable().describe('Over the lines that carry a cost; null without any.'),
});

export type AbcTableRow = z.infer<typeof ZAbcRow>;

export const ZAbcPage = z.object({
  period: z.object({ from: z.string(), to: z.string() }),
  previousPeriod: z.object({ from: z.string(), to: z.string() }),
  currency: z.string(),
  thresholds: z.object({ a: z.number(), b: z.number() }),
  summary: z.object({
    accounts: z.number().int(),
    positiveTotalCents: z.number().int(),
    netTotalCents: z.number().int(),
    classes: z.object({ A: z.number().int(), B: z.number().int(), C: z.number().int() }),
    concentration: z.object({
      accountsWithRevenue: z.number().int(),
      top1Share: z.number(),
      top5Share: z.number(),
      top10Share: z.number(),
      herfindahlIndex: z.number(),
    }),
    paretoCurve: z
      .array(z.object({ accountShare: z.number(), revenueShare: z.number() }))
      .describe('Cumulative revenue share over the share of accounts, largest first (at most ~200 points).'),
    otherCurrencies: z
      .array(z.object({ currency: z.string(), lines: z.number().int() }))
      .describe('Lines in other currencies: not summed without an exchange rate.'),
  }),
  items: z.array(ZAbcRow),
  nextCursor: z.string().nullable(),
});

export const dimensions = ['industry', 'customerType', 'region', 'productLine'] as const;

export const ZBreakdownQuery = ZPeriodQuery.and(z.object({ dimension: z.enum(dimensions) }));
export type BreakdownQuery = z.infer<typeof ZBreakdownQuery>;

export const ZBreakdown = z.object({
  period: z.object({ from: z.string(), to: z.string() }),
  currency: z.string(),
  dimension: z.enum(dimensions),
  items: z.array(
    z.object({
      key: z
        .string()
        .nullable()
        .describe('The industry key, customer type, region or product line; null: not set.'),
      accounts: z.number().int(),
      revenueCents: z.number().int(),
      share: z.number(),
    }),
  ),
});

import { z } from 'zod';
import { ZDay, ZId, ZTimestamp } from './common.ts';

const ZBands = z
  .tuple([z.number(), z.number(), z.number(), z.number()])
  .refine((bands) => bands.every((value, index) => index === 0 || value > (bands[index - 1] as number)), {
    message: 'Bands must rise',
  });

export const ZCriterion = z.object({
  key: z.string().regex(/^[a-z][a-z0-9_]{1,63}$/),
  axis: z.enum(['attractiveness', 'strength']),
  labelDe: z.string().trim().min(1).max(100),
  labelEn: z.string().trim().min(1).max(100),
  weight: z.number().gt(0).max(100),
  source: z.enum(['manual', 'revenue', 'growth', 'margin', 'product_breadth']),
  bands: ZBands.nullable().optional().describe('Computed criteria: lower bounds of scores 2–5.'),
});

export const ZCriteriaUpdate = z
  .object({ criteria: z.array(ZCriterion).min(2).max(20) })
  .strict()
  .superRefine(({ criteria }, context) => {
    const keys = new Set<string>();
    for (const [index, criterion] of criteria.entries()) {
      if (keys.has(criterion.key)) {
        context.addIssue({ code: 'custom', path: ['criteria', index, 'key'], message: 'Key used twice' });
      }
      keys.add(criterion.key);
      if (criterion.source !== 'manual' && !criterion.bands) {
        context.addIssue({
          code: 'custom',
          path: ['criteria', index, 'bands'],
          message: 'A computed criterion needs bands',
        });
      }
    }
    for (const axis of ['attractiveness', 'strength'] as const) {
      if (!criteria.some((criterion) => criterion.axis === axis)) {
        context.addIssue({ code: 'custom', path: ['criteria'], message: `No criterion for ${axis}` });
      }
    }
  });

export const ZReviewCreate = z
  .object({ name: z.string().trim().min(1).max(100), from: ZDay, to: ZDay })
  .strict()
  .refine((review) => review.from <= review.to, { message: 'from must not be after to', path: ['from'] });

export const ZReview = z.object({
  id: ZId,
  name: z.string(),
  periodFrom: z.string(),
  periodTo: z.string(),
  createdAt: ZTimestamp,
});

export const ZScoreUpdate = z
  .object({
    scores: z
      .record(z.string(), z.number().int().min(1).max(5).nullable())
      .describe('Manual criterion key → 1–5, or null to clear.'),
    comment: z.string().trim().max(2000).optional(),
  })
  .strict();

export const ZMatrixQuery = z.object({ reviewId: ZId.optional().describe('Default: the latest review.') });

const ZPosition = z.object({
  attractiveness: z.number().nullable(),
  strength: z.number().nullable(),
  strategy: z
    .enum(['invest_for_growth', 'invest_selectively', 'manage_for_cash', 'serve_via_account_manager'])
    .nullable(),
});

export const ZMatrix = z.object({
  review: ZReview,
  previousReview: ZReview.nullable(),
  midpoint: z.number(),
  criteria: z.array(ZCriterion),
  items: z.array(
    ZPosition.extend({
      accountId: ZId,
      name: z.string(),
      isKeyAccount: z.boolean(),
      abcClass: z.enum(['A', 'B', 'C']).nullable(),
      scores: z.record(
        z.string(),
        z.object({
          score: z.number().int(),
          source: z.enum(['computed', 'manual']),
          value: z.number().nullable(),
        }),
      ),
      previous: ZPosition.nullable().describe('Where the account stood in the previous review.'),
    }),
  ),
});

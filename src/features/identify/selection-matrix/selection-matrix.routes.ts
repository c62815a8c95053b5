import { z } from 'zod';
import { ZId, ZIdParams } from '#contracts/common.ts';
import {
  ZCriteriaUpdate,
  ZCriterion,
  ZMatrix,
  ZMatrixQuery,
  ZReview,
  ZReviewCreate,
  ZScoreUpdate,
} from '#contracts/selection-matrix.ts';
import type { Api } from '../../../http/api.ts';
import { requireAuth } from '../../../http/request-context.ts';
import * as matrix from './selection-matrix.service.ts';

const ZScores = z.object({
  items: z.array(
    z.object({ criterionKey: z.string(), score: z.number().int(), comment: z.string().nullable() }),
  ),
});

export function selectionMatrixRoutes(api: Api) {
  api.get(
    '/api/v1/portfolio/matrix',
    {
      config: { access: 'portfolio:read' },
      schema: {
        summary: 'The selection matrix of a review: every account, its axes, quadrant and move',
        tags: ['selection matrix'],
        querystring: ZMatrixQuery,
        response: { 200: ZMatrix },
      },
    },
    async (request) => matrix.matrix(api.db, requireAuth(request.auth), api.clock, request.query.reviewId),
  );

  api.get(
    '/api/v1/portfolio/matrix/criteria',
    {
      config: { access: 'portfolio:read' },
      schema: {
        summary: 'The criteria of both axes with weights and bands',
        tags: ['selection matrix'],
        response: { 200: z.object({ items: z.array(ZCriterion) }) },
      },
    },
    async (request) => ({ items: await matrix.getCriteria(api.db, requireAuth(request.auth)) }),
  );

  api.put(
    '/api/v1/portfolio/matrix/criteria',
    {
      config: { access: 'portfolio:decide' },
      schema: {
        summary: 'Replace the criteria (keys no longer listed are archived, their scores kept)',
        tags: ['selection matrix'],
        body: ZCriteriaUpdate,
        response: { 200: z.object({ items: z.array(ZCriterion) }) },
      },
    },
    async (request) =>
      matrix.setCriteria(
        api.db,
        requireAuth(request.auth),
        request.body.criteria.map((criterion) => ({ ...criterion, bands: criterion.bands ?? undefined })),
      ),
  );

  api.get(
    '/api/v1/portfolio/matrix/reviews',
    {
      config: { access: 'portfolio:read' },
      schema: {
        summary: 'Review periods, newest first',
        tags: ['selection matrix'],
        response: { 200: z.object({ items: z.array(ZReview) }) },
      },
    },
    async (request) => matrix.listReviews(api.db, requireAuth(request.auth)),
  );

  api.post(
    '/api/v1/portfolio/matrix/reviews',
    {
      config: { access: 'portfolio:decide' },
      schema: {
        summary: 'Start a review period (scored afresh; the previous one stays for comparison)',
        tags: ['selection matrix'],
        body: ZReviewCreate,
        response: { 201: ZReview },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await matrix.createReview(api.db, requireAuth(request.auth), request.body)),
  );

  api.put(
    '/api/v1/portfolio/matrix/reviews/:id/scores/:accountId',
    {
      config: { access: 'portfolio:score' },
      schema: {
        summary: "Score an account's manual criteria in a review (1–5; null clears)",
        tags: ['selection matrix'],
        params: ZIdParams.extend({ accountId: ZId }),
        body: ZScoreUpdate,
        response: { 200: ZScores },
      },
    },
    async (request) =>
      matrix.scoreAccount(
        api.db,
        requireAuth(request.auth),
        request.params.id,
        request.params.accountId,
        request.body,
      ),
  );
}

import type { Api } from '../../http/api.ts';
import { requireAuth } from '../../http/request-context.ts';
import { ZAbcPage, ZAbcQuery } from './portfolio.schema.ts';
import { abcAnalysis } from './portfolio.service.ts';

export function portfolioRoutes(api: Api) {
  api.get(
    '/api/v1/portfolio/abc',
    {
      config: { access: 'portfolio:read' },
      schema: {
        summary: 'ABC / Pareto analysis of the accounts by net revenue in a period',
        tags: ['portfolio'],
        querystring: ZAbcQuery,
        response: { 200: ZAbcPage },
      },
    },
    async (request) => abcAnalysis(api.db, requireAuth(request.auth), request.query),
  );
}

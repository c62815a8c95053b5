import { ZExportQuery } from '#contracts/common.ts';
import { ZAbcPage, ZAbcQuery, ZBreakdown, ZBreakdownQuery } from '#contracts/portfolio.ts';
import type { Api } from '../../../http/api.ts';
import { requireAuth } from '../../../http/request-context.ts';
import { sendTable } from '../../../http/table-export.ts';
import { abcAnalysis, abcTable, breakdown } from './portfolio.service.ts';
import { abcColumns, breakdownColumns } from './portfolio-exports.ts';

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
    async (request) => abcAnalysis(api.db, requireAuth(request.auth), api.clock, request.query),
  );

  api.get(
    '/api/v1/portfolio/abc/export',
    {
      config: { access: 'portfolio:read' },
      schema: {
        summary: 'The whole ABC table as CSV or XLSX',
        tags: ['portfolio'],
        querystring: ZAbcQuery.and(ZExportQuery),
      },
    },
    async (request, reply) => {
      const { format, locale, ...query } = request.query;
      const table = await abcTable(api.db, requireAuth(request.auth), api.clock, query);
      const name = `abc-analyse-${table.period.from}-${table.period.to}`;
      return sendTable(
        reply,
        { name, sheet: 'ABC', currency: table.currency, format, locale },
        abcColumns,
        table.rows,
      );
    },
  );

  api.get(
    '/api/v1/portfolio/breakdown',
    {
      config: { access: 'portfolio:read' },
      schema: {
        summary: 'Revenue by industry, customer type, region or product line',
        tags: ['portfolio'],
        querystring: ZBreakdownQuery,
        response: { 200: ZBreakdown },
      },
    },
    async (request) => breakdown(api.db, requireAuth(request.auth), api.clock, request.query),
  );

  api.get(
    '/api/v1/portfolio/breakdown/export',
    {
      config: { access: 'portfolio:read' },
      schema: {
        summary: 'A breakdown as CSV or XLSX',
        tags: ['portfolio'],
        querystring: ZBreakdownQuery.and(ZExportQuery),
      },
    },
    async (request, reply) => {
      const { format, locale, ...query } = request.query;
      const result = await breakdown(api.db, requireAuth(request.auth), api.clock, query);
      const name = `umsatz-nach-${result.dimension}-${result.period.from}-${result.period.to}`;
      const file = { name, sheet: result.dimension, currency: result.currency, format, locale };
      return sendTable(reply, file, breakdownColumns, result.items);
    },
  );
}

import { z } from 'zod';
import { ZAccount } from '#contracts/accounts.ts';
import { ZExportQuery, ZIdParams } from '#contracts/common.ts';
import {
  ZDecision,
  ZDecisionRequest,
  ZKeyAccountRow,
  ZSettings,
  ZSettingsUpdate,
  ZWorkload,
} from '#contracts/key-accounts.ts';
import { ZPeriodQuery } from '#contracts/portfolio.ts';
import type { Api } from '../../../http/api.ts';
import { requireAuth } from '../../../http/request-context.ts';
import { sendTable } from '../../../http/table-export.ts';
import { getSettings, updateSettings } from '../portfolio/portfolio-settings.service.ts';
import { keyAccountColumns } from './key-account-exports.ts';
import * as keyAccounts from './key-accounts.service.ts';

export function keyAccountRoutes(api: Api) {
  api.post(
    '/api/v1/accounts/:id/key-account-decisions',
    {
      config: { access: 'portfolio:decide' },
      schema: {
        summary: 'Designate a key account, change its tier or KAM, or hand it to an account manager',
        tags: ['key accounts'],
        params: ZIdParams,
        body: ZDecisionRequest,
        response: { 201: ZAccount },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(
          await keyAccounts.decide(
            api.db,
            requireAuth(request.auth),
            api.clock,
            request.params.id,
            request.body,
          ),
        ),
  );

  api.get(
    '/api/v1/accounts/:id/key-account-decisions',
    {
      config: { access: 'accounts:read' },
      schema: {
        summary: "The account's key-account decisions, newest first",
        tags: ['key accounts'],
        params: ZIdParams,
        response: { 200: z.object({ items: z.array(ZDecision) }) },
      },
    },
    async (request) => keyAccounts.decisionsOf(api.db, requireAuth(request.auth), request.params.id),
  );

  api.get(
    '/api/v1/portfolio/key-accounts',
    {
      config: { access: 'portfolio:read' },
      schema: {
        summary: 'The key accounts with revenue, share, class and KAM',
        tags: ['key accounts'],
        querystring: ZPeriodQuery,
        response: {
          200: z.object({
            period: z.object({ from: z.string(), to: z.string() }),
            currency: z.string(),
            items: z.array(ZKeyAccountRow),
          }),
        },
      },
    },
    async (request) =>
      keyAccounts.keyAccountPortfolio(api.db, requireAuth(request.auth), api.clock, request.query),
  );

  api.get(
    '/api/v1/portfolio/key-accounts/export',
    {
      config: { access: 'portfolio:read' },
      schema: {
        summary: 'The key accounts with revenue, share, class and KAM as CSV or XLSX',
        tags: ['key accounts'],
        querystring: ZPeriodQuery.and(ZExportQuery),
      },
    },
    async (request, reply) => {
      const { format, locale, ...period } = request.query;
      const portfolio = await keyAccounts.keyAccountPortfolio(
        api.db,
        requireAuth(request.auth),
        api.clock,
        period,
      );
      const name = `key-accounts-${portfolio.period.from}-${portfolio.period.to}`;
      const file = { name, sheet: 'Key Accounts', currency: portfolio.currency, format, locale };
      return sendTable(reply, file, keyAccountColumns, portfolio.items);
    },
  );

  api.get(
    '/api/v1/portfolio/kam-workload',
    {
      config: { access: 'portfolio:read' },
      schema: {
        summary: 'Key accounts per KAM against the limit',
        tags: ['key accounts'],
        response: { 200: ZWorkload },
      },
    },
    async (request) => keyAccounts.kamWorkload(api.db, requireAuth(request.auth)),
  );

  api.get(
    '/api/v1/portfolio/settings',
    {
      config: { access: 'portfolio:read' },
      schema: {
        summary: 'ABC thresholds and the key accounts per KAM',
        tags: ['portfolio'],
        response: { 200: ZSettings },
      },
    },
    async (request) => getSettings(api.db, requireAuth(request.auth)),
  );

  api.patch(
    '/api/v1/portfolio/settings',
    {
      config: { access: 'portfolio:decide' },
      schema: {
        summary: 'Change the ABC thresholds or the key accounts per KAM',
        tags: ['portfolio'],
        body: ZSettingsUpdate,
        response: { 200: ZSettings },
      },
    },
    async (request) => updateSettings(api.db, requireAuth(request.auth), request.body),
  );
}

import { z } from 'zod';
import {
  ZAccount,
  ZAccountCreate,
  ZAccountListQuery,
  ZAccountPage,
  ZAccountUpdate,
  ZArchiveRequest,
  ZHierarchy,
} from '#contracts/accounts.ts';
import { ZExportQuery, ZIdParams } from '#contracts/common.ts';
import type { Api } from '../../../http/api.ts';
import { requireAuth } from '../../../http/request-context.ts';
import { sendTable } from '../../../http/table-export.ts';
import { accountColumns } from './account-exports.ts';
import * as accounts from './accounts.service.ts';

export function accountRoutes(api: Api) {
  api.get(
    '/api/v1/accounts',
    {
      config: { access: 'accounts:read' },
      schema: {
        summary: 'Search, filter and page through accounts',
        tags: ['accounts'],
        querystring: ZAccountListQuery,
        response: { 200: ZAccountPage },
      },
    },
    async (request) => accounts.listAccounts(api.db, requireAuth(request.auth), request.query),
  );

  api.get(
    '/api/v1/accounts/export',
    {
      config: { access: 'accounts:read' },
      schema: {
        summary: 'The accounts the list filters select, as CSV or XLSX',
        tags: ['accounts'],
        querystring: ZAccountListQuery.omit({ limit: true, cursor: true }).and(ZExportQuery),
      },
    },
    async (request, reply) => {
      const { format, locale, ...filters } = request.query;
      const { rows, industryName } = await accounts.exportAccounts(
        api.db,
        requireAuth(request.auth),
        filters,
      );
      const columns = accountColumns(locale, (key) => industryName(key, locale));
      const file = {
        name: locale === 'de' ? 'kunden' : 'accounts',
        sheet: locale === 'de' ? 'Kunden' : 'Accounts',
      };
      return sendTable(reply, { ...file, format, locale }, columns, rows);
    },
  );

  api.get(
    '/api/v1/accounts/regions',
    {
      config: { access: 'accounts:read' },
      schema: {
        summary: 'The regions in use, for the region filter',
        tags: ['accounts'],
        response: { 200: z.object({ items: z.array(z.string()) }) },
      },
    },
    async (request) => accounts.listRegions(api.db, requireAuth(request.auth)),
  );

  api.post(
    '/api/v1/accounts',
    {
      config: { access: 'accounts:write' },
      schema: {
        summary: 'Create an account (only the name is required)',
        tags: ['accounts'],
        body: ZAccountCreate,
        response: { 201: ZAccount },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await accounts.createAccount(api.db, requireAuth(request.auth), request.body)),
  );

  api.get(
    '/api/v1/accounts/:id',
    {
      config: { access: 'accounts:read' },
      schema: {
        summary: 'One account with its team',
        tags: ['accounts'],
        params: ZIdParams,
        response: { 200: ZAccount },
      },
    },
    async (request) => accounts.getAccount(api.db, requireAuth(request.auth), request.params.id),
  );

  api.patch(
    '/api/v1/accounts/:id',
    {
      config: { access: 'accounts:write' },
      schema: {
        summary: 'Change fields of an account; send the version you read',
        tags: ['accounts'],
        params: ZIdParams,
        body: ZAccountUpdate,
        response: { 200: ZAccount },
      },
    },
    async (request) =>
      accounts.updateAccount(api.db, requireAuth(request.auth), request.params.id, request.body),
  );

  for (const [action, archived] of [
    ['archive', true],
    ['restore', false],
  ] as const) {
    api.post(
      `/api/v1/accounts/:id/${action}`,
      {
        config: { access: 'accounts:archive' },
        schema: {
          summary: archived ? 'Archive an account (nothing is deleted)' : 'Restore an archived account',
          tags: ['accounts'],
          params: ZIdParams,
          body: ZArchiveRequest,
          response: { 200: ZAccount },
        },
      },
      async (request) =>
        accounts.setArchived(api.db, requireAuth(request.auth), api.clock, {
          id: request.params.id,
          version: request.body.version,
          archived,
        }),
    );
  }

  api.get(
    '/api/v1/accounts/:id/hierarchy',
    {
      config: { access: 'accounts:read' },
      schema: {
        summary: 'The group the account belongs to, as a tree',
        tags: ['accounts'],
        params: ZIdParams,
        response: { 200: ZHierarchy },
      },
    },
    async (request) => accounts.getHierarchy(api.db, requireAuth(request.auth), request.params.id),
  );
}

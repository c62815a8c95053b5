import { z } from 'zod';
import { ZIndustry, ZIndustryCreate, ZIndustryKey, ZIndustryUpdate } from '#contracts/industries.ts';
import type { Api } from '../../../http/api.ts';
import { requireAuth } from '../../../http/request-context.ts';
import { addIndustry, changeIndustry, listIndustries } from './industries.service.ts';

/** The workspace's industry list: read by everyone, edited by admins and heads of sales. */
export function industryRoutes(api: Api) {
  api.get(
    '/api/v1/industries',
    {
      config: { access: 'industries:read' },
      schema: {
        summary: 'The industry list',
        tags: ['industries'],
        response: { 200: z.object({ items: z.array(ZIndustry) }) },
      },
    },
    async (request) => ({ items: await listIndustries(api.db, requireAuth(request.auth).workspaceId) }),
  );

  api.post(
    '/api/v1/industries',
    {
      config: { access: 'industries:manage' },
      schema: {
        summary: 'Add an industry',
        tags: ['industries'],
        body: ZIndustryCreate,
        response: { 201: ZIndustry },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await addIndustry(api.db, requireAuth(request.auth), request.body)),
  );

  api.patch(
    '/api/v1/industries/:key',
    {
      config: { access: 'industries:manage' },
      schema: {
        summary: 'Rename, reorder or archive an industry',
        tags: ['industries'],
        params: z.object({ key: ZIndustryKey }),
        body: ZIndustryUpdate,
        response: { 200: ZIndustry },
      },
    },
    async (request) => changeIndustry(api.db, requireAuth(request.auth), request.params.key, request.body),
  );
}

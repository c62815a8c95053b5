import { z } from 'zod';
import type { Api } from '../../http/api.ts';
import { zLine } from '../../http/common.schema.ts';
import { requireAuth } from '../../http/request-context.ts';
import { addIndustry, changeIndustry, listIndustries } from './industries.service.ts';

const ZIndustry = z.object({
  key: z.string(),
  labelDe: z.string(),
  labelEn: z.string(),
  position: z.number().int(),
  archived: z.boolean(),
});
const ZIndustryKey = z
  .string()
  .trim()
  .regex(/^[a-z][a-z0-9_]{1,63}$/, 'Lower-case letters, digits and _');
const ZIndustryCreate = z.object({ key: ZIndustryKey, labelDe: zLine(100), labelEn: zLine(100) }).strict();
const ZIndustryUpdate = z
  .object({
    labelDe: zLine(100),
    labelEn: zLine(100),
    position: z.number().int().min(0).max(1000),
    archived: z.boolean(),
  })
  .partial()
  .strict();

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

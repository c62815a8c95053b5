import { sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Api } from './api.ts';

export function healthRoutes(api: Api) {
  api.get(
    '/api/health',
    {
      config: { access: 'public' },
      schema: {
        summary: 'Is Kontor up and its database reachable?',
        tags: ['system'],
        response: {
          200: z.object({ status: z.literal('ok'), database: z.literal('ok') }),
          503: z.object({ status: z.literal('unavailable'), database: z.string() }),
        },
      },
    },
    async (_request, reply) => {
      try {
        await api.db.execute(sql`SELECT 1`);
        return { status: 'ok' as const, database: 'ok' as const };
      } catch (error) {
        return reply.status(503).send({ status: 'unavailable' as const, database: (error as Error).message });
      }
    },
  );
}

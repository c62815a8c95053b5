import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import { AppError } from '../core/app-error.ts';
import { sendProblem } from './problem.ts';

const webRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../web/dist');

/** Serves the built web app; any other non-API path gets index.html, so deep links work. */
export async function registerWebApp(app: FastifyInstance) {
  const built = existsSync(path.join(webRoot, 'index.html'));
  if (built) await app.register(fastifyStatic, { root: webRoot, wildcard: false });
  app.setNotFoundHandler((request, reply) => {
    if (request.url.startsWith('/api') || request.method !== 'GET' || !built) {
      return sendProblem(
        reply,
        new AppError('not_found', `No route ${request.method} ${request.url.split('?')[0]}`),
      );
    }
    return reply.type('text/html').sendFile('index.html');
  });
}

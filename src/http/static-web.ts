import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import { AppError } from '../core/app-error.ts';
import { sendProblem } from './problem.ts';

const webRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../web/dist');

/**
 * Serves the built web app. Any other GET of a page path gets index.html, so deep links work;
 * a missing file (an asset of an older build) gets a clean 404 instead of HTML.
 * Built assets carry a content hash in their name and are cached for good; index.html never.
 */
export async function registerWebApp(app: FastifyInstance) {
  const built = existsSync(path.join(webRoot, 'index.html'));
  if (built) {
    await app.register(fastifyStatic, {
      root: webRoot,
      wildcard: false,
      cacheControl: false,
      setHeaders: (response, filePath) => {
        const immutable = filePath.includes(`${path.sep}assets${path.sep}`);
        response.header('cache-control', immutable ? 'public, max-age=31536000, immutable' : 'no-cache');
      },
    });
  }
  app.setNotFoundHandler((request, reply) => {
    const pathname = request.url.split('?')[0] ?? '/';
    const isFile = path.extname(pathname) !== '';
    if (pathname.startsWith('/api') || request.method !== 'GET' || !built || isFile) {
      return sendProblem(reply, new AppError('not_found', `No route ${request.method} ${pathname}`));
    }
    return reply.header('cache-control', 'no-cache').type('text/html').sendFile('index.html');
  });
}

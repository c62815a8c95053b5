import type { FastifyRequest } from 'fastify';
import { AppError } from '../core/app-error.ts';

const originOf = (address: string) => {
  try {
    return new URL(address).origin;
  } catch {
    return undefined;
  }
};

/**
 * A change made with the session cookie must come from Kontor's own pages (CSRF beyond
 * SameSite=Lax): the browser says so in Sec-Fetch-Site, or else in Origin, which must be this
 * server's own origin or KONTOR_PUBLIC_URL's. A request with neither is refused too: every
 * browser Kontor supports sends one of them. Bearer-token requests carry no ambient credential
 * and are not checked.
 */
export function checkSameOrigin(request: FastifyRequest, publicUrl: string | undefined) {
  const site = request.headers['sec-fetch-site'];
  if (site !== undefined) {
    if (site === 'same-origin') return;
    throw new AppError('forbidden', 'Changes must come from Kontor’s own pages');
  }
  const origin = request.headers.origin;
  const own = [
    originOf(`${request.protocol}://${request.host}`),
    publicUrl ? originOf(publicUrl) : undefined,
  ];
  if (origin && origin !== 'null' && own.includes(originOf(origin))) return;
  throw new AppError('forbidden', 'Changes must come from Kontor’s own pages');
}

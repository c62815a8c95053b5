import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Api } from './api.ts';
import { SESSION_COOKIE } from './authenticate.ts';

/** Who signs in from where: kept with the session so that its owner can recognise it. */
export function clientOf(request: FastifyRequest) {
  return { ip: request.ip, userAgent: request.headers['user-agent'] };
}

/** httpOnly (no script reads it), SameSite=Lax (no cross-site POST carries it), Secure behind HTTPS. */
export function setSessionCookie(api: Api, request: FastifyRequest, reply: FastifyReply, secret: string) {
  const mode = api.config.secureCookies;
  const secure = mode === 'true' || (mode === 'auto' && request.protocol === 'https');
  reply.setCookie(SESSION_COOKIE, secret, {
    path: '/',
    httpOnly: true,
    sameSite: 'lax',
    secure,
    maxAge: api.config.sessionDays * 86_400,
  });
}

export function clearSessionCookie(reply: FastifyReply) {
  reply.clearCookie(SESSION_COOKIE, { path: '/' });
}

import { ZIdParams } from '#contracts/common.ts';
import {
  ZProfileUpdate,
  ZUser,
  ZUserCreate,
  ZUserListQuery,
  ZUserPage,
  ZUserUpdate,
} from '#contracts/users.ts';
import type { Api } from '../../../http/api.ts';
import { requireAuth } from '../../../http/request-context.ts';
import { clientOf } from '../../../http/session-cookie.ts';
import * as users from './users.service.ts';

export function userRoutes(api: Api) {
  api.get(
    '/api/v1/users',
    {
      config: { access: 'users:read' },
      schema: {
        summary: 'The workspace’s users',
        tags: ['users'],
        querystring: ZUserListQuery,
        response: { 200: ZUserPage },
      },
    },
    async (request) => users.listUsers(api.db, requireAuth(request.auth), request.query),
  );

  api.get(
    '/api/v1/users/:id',
    {
      config: { access: 'users:read' },
      schema: { summary: 'One user', tags: ['users'], params: ZIdParams, response: { 200: ZUser } },
    },
    async (request) => users.getUser(api.db, requireAuth(request.auth), request.params.id),
  );

  api.post(
    '/api/v1/users',
    {
      config: { access: 'users:manage' },
      schema: {
        summary: 'Invite a colleague with a role and a first password',
        tags: ['users'],
        body: ZUserCreate,
        response: { 201: ZUser },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await users.createUser(api.db, requireAuth(request.auth), request.body)),
  );

  api.patch(
    '/api/v1/users/:id',
    {
      config: { access: 'users:manage' },
      schema: {
        summary: 'Change a user’s role, name or password, or deactivate them',
        tags: ['users'],
        params: ZIdParams,
        body: ZUserUpdate,
        response: { 200: ZUser },
      },
    },
    async (request) => users.updateUser(api.db, requireAuth(request.auth), request.params.id, request.body),
  );

  api.patch(
    '/api/v1/me',
    {
      config: { access: 'self' },
      schema: {
        summary: 'Change my name, language or password',
        tags: ['auth'],
        body: ZProfileUpdate,
        response: { 200: ZUser },
      },
    },
    async (request) =>
      users.updateProfile(api.db, requireAuth(request.auth), request.body, clientOf(request)),
  );
}

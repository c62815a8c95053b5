import { ZIdParams } from '#contracts/common.ts';
import {
  ZNextStep,
  ZNextStepCreate,
  ZNextStepListQuery,
  ZNextStepPage,
  ZNextStepUpdate,
} from '#contracts/next-steps.ts';
import type { Api } from '../../../http/api.ts';
import { requireAuth } from '../../../http/request-context.ts';
import * as nextSteps from './next-steps.service.ts';

export function nextStepRoutes(api: Api) {
  api.get(
    '/api/v1/next-steps',
    {
      config: { access: 'next-steps:read' },
      schema: {
        summary: 'Next steps by due day; role internal sees only its own',
        tags: ['next steps'],
        querystring: ZNextStepListQuery,
        response: { 200: ZNextStepPage },
      },
    },
    async (request) => nextSteps.listNextSteps(api.db, requireAuth(request.auth), api.clock, request.query),
  );

  api.post(
    '/api/v1/next-steps',
    {
      config: { access: 'relationships:write' },
      schema: {
        summary: 'Create a next step for an account, owned by any active user',
        tags: ['next steps'],
        body: ZNextStepCreate,
        response: { 201: ZNextStep },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await nextSteps.createNextStep(api.db, requireAuth(request.auth), api.clock, request.body)),
  );

  api.get(
    '/api/v1/next-steps/:id',
    {
      config: { access: 'next-steps:read' },
      schema: {
        summary: 'One next step',
        tags: ['next steps'],
        params: ZIdParams,
        response: { 200: ZNextStep },
      },
    },
    async (request) => nextSteps.getNextStep(api.db, requireAuth(request.auth), api.clock, request.params.id),
  );

  api.patch(
    '/api/v1/next-steps/:id',
    {
      config: { access: 'next-steps:work' },
      schema: {
        summary: 'Change a next step (mark it done); send the version you read',
        tags: ['next steps'],
        params: ZIdParams,
        body: ZNextStepUpdate,
        response: { 200: ZNextStep },
      },
    },
    async (request) =>
      nextSteps.updateNextStep(api.db, requireAuth(request.auth), api.clock, request.params.id, request.body),
  );
}

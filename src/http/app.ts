import cookie from '@fastify/cookie';
import Fastify, { type FastifyInstance } from 'fastify';
import { serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Config } from '../config.ts';
import { type Clock, systemClock } from '../core/clock.ts';
import type { Db } from '../db/client.ts';
import { calendarRoutes } from '../features/engage/calendar/calendar.routes.ts';
import { contactCadenceRoutes } from '../features/engage/contact-cadence/contact-cadence.routes.ts';
import { interactionRoutes } from '../features/engage/interactions/interactions.routes.ts';
import { myDayRoutes } from '../features/engage/my-day/my-day.routes.ts';
import { nextStepRoutes } from '../features/engage/next-steps/next-steps.routes.ts';
import { visitMaterialRoutes } from '../features/engage/visits/visit-materials.routes.ts';
import { visitRoutes } from '../features/engage/visits/visits.routes.ts';
import { importRoutes } from '../features/identify/imports/imports.routes.ts';
import { keyAccountRoutes } from '../features/identify/key-accounts/key-accounts.routes.ts';
import { portfolioRoutes } from '../features/identify/portfolio/portfolio.routes.ts';
import { selectionMatrixRoutes } from '../features/identify/selection-matrix/selection-matrix.routes.ts';
import { accountRoutes } from '../features/know/accounts/accounts.routes.ts';
import { buyingCentreRoutes } from '../features/know/buying-centre/buying-centre.routes.ts';
import { contactRoutes } from '../features/know/contacts/contacts.routes.ts';
import { industryRoutes } from '../features/know/industries/industries.routes.ts';
import { auditRoutes } from '../features/platform/audit/audit.routes.ts';
import { authRoutes } from '../features/platform/auth/auth.routes.ts';
import { sessionRoutes } from '../features/platform/sessions/sessions.routes.ts';
import { userRoutes } from '../features/platform/users/users.routes.ts';
import { setupRoutes } from '../features/platform/workspaces/setup.routes.ts';
import { registerAuthentication } from './authenticate.ts';
import { healthRoutes } from './health.routes.ts';
import { registerOpenApi } from './openapi.ts';
import { registerProblemHandlers } from './problem.ts';
import { registerSecurityHeaders } from './security-headers.ts';
import { registerWebApp } from './static-web.ts';
import { registerTextGuard } from './text-guard.ts';

declare module 'fastify' {
  interface FastifyInstance {
    db: Db;
    config: Config;
    /** What services ask for "now": the system's, or a test's fixed one. */
    clock: Clock;
  }
}

const BODY_LIMIT = 1024 * 1024;

export async function buildApp(
  db: Db,
  config: Config,
  { clock = systemClock }: { clock?: Clock } = {},
): Promise<FastifyInstance> {
  const app = Fastify({
    logger: config.logLevel === 'silent' ? false : { level: config.logLevel },
    bodyLimit: BODY_LIMIT,
    trustProxy: config.trustProxy,
    routerOptions: { maxParamLength: 200 },
  });
  app.decorate('db', db);
  app.decorate('config', config);
  app.decorate('clock', clock);
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  registerProblemHandlers(app);
  registerTextGuard(app);
  await registerSecurityHeaders(app);
  await app.register(cookie);
  // JSON endpoints take JSON only: text/plain is one of the "simple" types a foreign page may
  // send without asking (CSRF). Uploads register the file types they take in their own scope.
  app.removeContentTypeParser('text/plain');
  registerAuthentication(app, db, { sessionDays: config.sessionDays, publicUrl: config.publicUrl });
  await registerOpenApi(app);

  const api = app.withTypeProvider<ZodTypeProvider>();
  healthRoutes(api);
  setupRoutes(api);
  authRoutes(api);
  sessionRoutes(api);
  userRoutes(api);
  industryRoutes(api);
  accountRoutes(api);
  contactRoutes(api);
  auditRoutes(api);
  portfolioRoutes(api);
  importRoutes(api);
  keyAccountRoutes(api);
  selectionMatrixRoutes(api);
  buyingCentreRoutes(api);
  myDayRoutes(api);
  interactionRoutes(api);
  nextStepRoutes(api);
  contactCadenceRoutes(api);
  visitRoutes(api);
  visitMaterialRoutes(api);
  calendarRoutes(api);
  await registerWebApp(app);
  return app;
}

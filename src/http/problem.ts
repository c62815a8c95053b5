import type { FastifyError, FastifyInstance, FastifyReply } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import type { Problem } from '#contracts/common.ts';
import { AppError, type ErrorCode, type FieldError } from '../core/app-error.ts';
import { fromDatabase, loggableError } from './database-errors.ts';

export const problemTitles: Record<ErrorCode, string> = {
  validation_failed: 'Validation failed',
  unauthenticated: 'Not signed in',
  forbidden: 'Not allowed',
  not_found: 'Not found',
  version_conflict: 'Changed meanwhile',
  duplicate: 'Already exists',
  setup_done: 'Already set up',
  check_expired: 'Check the file again',
  payload_too_large: 'Request too large',
  unsupported_media_type: 'Unsupported media type',
  invalid_reference: 'Invalid reference',
  hierarchy_cycle: 'Hierarchy cycle',
  reports_to_cycle: 'Reporting loop',
  too_many_requests: 'Too many requests',
  internal: 'Internal error',
  database_unavailable: 'Database unavailable',
};

/** Answers an RFC 9457 problem document; `code` is stable, `title` and `detail` are for people. */
export function sendProblem(reply: FastifyReply, error: AppError) {
  if (error.retryAfterSeconds) reply.header('Retry-After', String(error.retryAfterSeconds));
  // Typed as the contract so the OpenAPI document's Problem schema cannot drift from what we send.
  const problem: Problem = {
    type: `https://kontor.dev/problems/${error.code.replaceAll('_', '-')}`,
    title: problemTitles[error.code],
    status: error.status,
    code: error.code,
    detail: error.message,
    ...(error.errors.length > 0 ? { errors: error.errors } : {}),
  };
  return reply.status(error.status).type('application/problem+json').send(problem);
}

const fastifyCodes: Record<string, ErrorCode> = {
  FST_ERR_CTP_BODY_TOO_LARGE: 'payload_too_large',
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'unsupported_media_type',
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: 'validation_failed',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'validation_failed',
  FST_ERR_CTP_INVALID_JSON_BODY: 'validation_failed',
  FST_ERR_RATE_LIMIT_EXCEEDED: 'too_many_requests',
};

export function toAppError(error: unknown): AppError | undefined {
  if (error instanceof AppError) return error;
  if (hasZodFastifySchemaValidationErrors(error)) {
    const errors: FieldError[] = error.validation.map((issue) => ({
      path: issue.instancePath.replace(/^\//, '').replaceAll('/', '.'),
      code: issue.keyword,
      message: issue.message ?? 'Invalid',
    }));
    return new AppError('validation_failed', 'The request has invalid fields', errors);
  }
  const fastifyError = error as FastifyError;
  if (fastifyError.code && fastifyCodes[fastifyError.code]) {
    const code = fastifyCodes[fastifyError.code] as ErrorCode;
    return new AppError(
      code,
      fastifyError.message,
      code === 'validation_failed' ? [{ path: '', code: 'invalid_body', message: fastifyError.message }] : [],
    );
  }
  return fromDatabase(error);
}

export function registerProblemHandlers(app: FastifyInstance) {
  app.setErrorHandler((error, request, reply) => {
    const appError = toAppError(error);
    if (appError) return sendProblem(reply, appError);
    request.log.error({ error: loggableError(error) }, 'unhandled error');
    const status = (error as FastifyError).statusCode;
    if (status && status >= 400 && status < 500) {
      return sendProblem(reply, new AppError('validation_failed', (error as Error).message));
    }
    return sendProblem(reply, new AppError('internal', 'Something went wrong on our side'));
  });
}

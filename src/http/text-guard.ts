import type { FastifyInstance } from 'fastify';
import { AppError } from '../core/app-error.ts';

/** PostgreSQL stores every character of a text but NUL (U+0000), in `text` and `jsonb` alike. */
const UNSTORABLE = '\u0000';

/** The dotted path of the first string in a parsed JSON value that PostgreSQL cannot store. */
function unstorablePath(value: unknown, path: string[] = []): string[] | undefined {
  if (typeof value === 'string') return value.includes(UNSTORABLE) ? path : undefined;
  if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) {
      const found = unstorablePath(item, [...path, String(index)]);
      if (found) return found;
    }
    return undefined;
  }
  // A Buffer or a stream is a file, whose bytes are not text.
  const isFile =
    ArrayBuffer.isView(value) || typeof (value as { pipe?: unknown } | null)?.pipe === 'function';
  if (value && typeof value === 'object' && !isFile) {
    for (const [key, item] of Object.entries(value)) {
      const found = unstorablePath(key, [...path, key]) ?? unstorablePath(item, [...path, key]);
      if (found) return found;
    }
  }
  return undefined;
}

/**
 * Refuses a NUL character in any field, query parameter or path segment with a 400 that names
 * the field, before validation, so that no text ever reaches PostgreSQL to fail there (as a 500).
 */
export function registerTextGuard(app: FastifyInstance) {
  app.addHook('preValidation', async (request) => {
    for (const [part, value] of [
      ['params', request.params],
      ['query', request.query],
      ['body', request.body],
    ] as const) {
      const path = unstorablePath(value);
      if (path) {
        throw new AppError('validation_failed', 'The request has invalid fields', [
          {
            path: path.join('.') || part,
            code: 'control_character',
            message: 'Contains a NUL character, which cannot be stored',
          },
        ]);
      }
    }
  });
}

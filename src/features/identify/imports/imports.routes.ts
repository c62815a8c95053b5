import type { Readable } from 'node:stream';
import { z } from 'zod';
import { ZIdParams } from '#contracts/common.ts';
import {
  ZCommitRequest,
  ZImport,
  ZInspectRequest,
  ZPreset,
  ZPresetCreate,
  ZValidateRequest,
} from '#contracts/imports.ts';
import type { Api } from '../../../http/api.ts';
import { requireAuth } from '../../../http/request-context.ts';
import { startValidation } from './import-check.service.ts';
import { startCommit } from './import-commit.service.ts';
import { reinspect, uploadRevenueFile } from './import-upload.service.ts';
import * as imports from './imports.service.ts';

/** The file travels as the raw request body (no multipart): the browser sends `fetch(url, { body: file })`. */
const FILE_TYPES = [
  'text/csv',
  'text/plain',
  'application/octet-stream',
  'application/vnd.ms-excel',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
];

export function importRoutes(api: Api) {
  api.register(async (scope: Api) => {
    // Only here: the body stays a stream, read piece by piece into PostgreSQL, whatever its size.
    scope.addContentTypeParser(FILE_TYPES, (_request, payload, done) => done(null, payload));
    scope.post(
      '/api/v1/imports/revenue',
      {
        config: { access: 'imports:run' },
        schema: {
          summary:
            'Upload an invoice-line export (CSV or XLSX) as the request body; answers what was detected',
          tags: ['imports'],
          querystring: z.object({ fileName: z.string().trim().min(1).max(255) }),
          response: { 201: ZImport },
        },
      },
      async (request, reply) => {
        const body = request.body as Readable;
        const created = await uploadRevenueFile(
          api.db,
          requireAuth(request.auth),
          request.query.fileName,
          body,
          api.config.importMaxBytes,
        );
        return reply.status(201).send(created);
      },
    );
  });

  api.get(
    '/api/v1/imports',
    {
      config: { access: 'imports:run' },
      schema: {
        summary: 'Recent imports',
        tags: ['imports'],
        response: { 200: z.object({ items: z.array(ZImport) }) },
      },
    },
    async (request) => imports.listImports(api.db, requireAuth(request.auth)),
  );

  api.get(
    '/api/v1/imports/presets',
    {
      config: { access: 'imports:run' },
      schema: {
        summary: 'Saved column mappings',
        tags: ['imports'],
        response: { 200: z.object({ items: z.array(ZPreset) }) },
      },
    },
    async (request) => imports.listPresets(api.db, requireAuth(request.auth)),
  );

  api.post(
    '/api/v1/imports/presets',
    {
      config: { access: 'imports:run' },
      schema: {
        summary: 'Save a column mapping under a name',
        tags: ['imports'],
        body: ZPresetCreate,
        response: { 201: ZPreset },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await imports.savePreset(api.db, requireAuth(request.auth), request.body)),
  );

  api.get(
    '/api/v1/imports/:id',
    {
      config: { access: 'imports:run' },
      schema: {
        summary: 'One import: status, progress, report',
        tags: ['imports'],
        params: ZIdParams,
        response: { 200: ZImport },
      },
    },
    async (request) => imports.getImport(api.db, requireAuth(request.auth), request.params.id),
  );

  api.post(
    '/api/v1/imports/:id/inspect',
    {
      config: { access: 'imports:run' },
      schema: {
        summary:
          'Read the file again with other settings (encoding, separator, header row, …) for a new preview',
        tags: ['imports'],
        params: ZIdParams,
        body: ZInspectRequest,
        response: { 200: ZImport },
      },
    },
    async (request) => reinspect(api.db, requireAuth(request.auth), request.params.id, request.body),
  );

  api.post(
    '/api/v1/imports/:id/validate',
    {
      config: { access: 'imports:run' },
      schema: {
        summary: 'Check every row with this mapping (in the background; poll the import)',
        tags: ['imports'],
        params: ZIdParams,
        body: ZValidateRequest,
        response: { 202: ZImport },
      },
    },
    async (request, reply) =>
      reply
        .status(202)
        .send(await startValidation(api.db, requireAuth(request.auth), request.params.id, request.body)),
  );

  api.post(
    '/api/v1/imports/:id/commit',
    {
      config: { access: 'imports:run' },
      schema: {
        summary: 'Write all accepted lines in one transaction (in the background; poll the import)',
        tags: ['imports'],
        params: ZIdParams,
        body: ZCommitRequest,
        response: { 202: ZImport },
      },
    },
    async (request, reply) =>
      reply
        .status(202)
        .send(
          await startCommit(api.db, requireAuth(request.auth), api.clock, request.params.id, request.body),
        ),
  );
}

import { Readable } from 'node:stream';
import { ZIdParams } from '#contracts/common.ts';
import { ZFileQuery, ZLinkCreate, ZMaterialParams } from '#contracts/visit-materials.ts';
import { ZMaterial } from '#contracts/visits.ts';
import { AppError } from '../../../core/app-error.ts';
import { attachmentDisposition } from '../../../core/file-name.ts';
import type { Api } from '../../../http/api.ts';
import { requireAuth } from '../../../http/request-context.ts';
import * as materials from './visit-materials.service.ts';

const LINK_BYTES = 16 * 1024;

/** A link arrives as JSON; read it here, where every body stays a stream. */
async function linkOf(body: Readable) {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of body as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > LINK_BYTES) throw new AppError('payload_too_large', 'A link is a short JSON object');
    chunks.push(chunk);
  }
  let json: unknown;
  try {
    json = JSON.parse(Buffer.concat(chunks).toString('utf8'));
  } catch {
    throw new AppError('validation_failed', 'The body is not JSON', [
      { path: '', code: 'invalid_body', message: 'The body is not JSON' },
    ]);
  }
  const parsed = ZLinkCreate.safeParse(json);
  if (!parsed.success) {
    throw new AppError(
      'validation_failed',
      'The request has invalid fields',
      parsed.error.issues.map((issue) => ({
        path: issue.path.join('.'),
        code: issue.code,
        message: issue.message,
      })),
    );
  }
  return parsed.data;
}

const isJson = (contentType: string | undefined) => /^application\/json\b/i.test(contentType ?? '');

export function visitMaterialRoutes(api: Api) {
  api.register(async (scope: Api) => {
    // Only here: every body stays a stream, the file's bytes (whatever type the browser claims,
    // the content decides) as well as a link's JSON.
    scope.removeAllContentTypeParsers();
    scope.addContentTypeParser('*', (_request, payload, done) => done(null, payload));
    scope.post(
      '/api/v1/visits/:id/materials',
      {
        config: { access: 'relationships:write' },
        schema: {
          summary:
            'Add a material: a link as JSON { title, url }, or a file as the raw request body (?fileName=…&title=…)',
          description:
            'A link: `{ "title": "…", "url": "https://…" }` (http or https). A file: up to KONTOR_MATERIAL_MAX_MB (default 20 MB), of a type detected from its content: PDF, PNG, JPEG, GIF, WebP, Word/Excel/PowerPoint (OOXML), OpenDocument, UTF-8 text or CSV, named with an ending that fits.',
          tags: ['visits'],
          params: ZIdParams,
          querystring: ZFileQuery,
          response: { 201: ZMaterial },
        },
      },
      async (request, reply) => {
        const auth = requireAuth(request.auth);
        const body = (request.body ?? Readable.from([])) as Readable;
        const { id } = request.params;
        const isLink = isJson(request.headers['content-type']) && !request.query.fileName;
        const declared = Number(request.headers['content-length']);
        const material = isLink
          ? await materials.addLink(api.db, auth, id, await linkOf(body))
          : await materials.addFile(
              api.db,
              auth,
              id,
              {
                fileName: request.query.fileName,
                title: request.query.title,
                declaredBytes: Number.isFinite(declared) ? declared : undefined,
                body,
              },
              api.config.materialMaxBytes,
            );
        return reply.status(201).send(material);
      },
    );
  });

  api.get(
    '/api/v1/visits/:id/materials/:materialId',
    {
      config: { access: 'relationships:read' },
      schema: {
        summary: 'Download a file material (links have no file: 404)',
        tags: ['visits'],
        params: ZMaterialParams,
      },
    },
    async (request, reply) => {
      const { id, materialId } = request.params;
      const file = await materials.materialContent(api.db, requireAuth(request.auth), id, materialId);
      const textual = file.mediaType.startsWith('text/');
      return (
        reply
          .header('content-disposition', attachmentDisposition(file.fileName))
          // The type we detected, and the browser must not guess another (an HTML text file stays text).
          .header('x-content-type-options', 'nosniff')
          .header('content-security-policy', "default-src 'none'; sandbox")
          .header('cache-control', 'private, no-store')
          .type(textual ? `${file.mediaType}; charset=utf-8` : file.mediaType)
          .send(file.content)
      );
    },
  );

  api.delete(
    '/api/v1/visits/:id/materials/:materialId',
    {
      config: { access: 'relationships:write' },
      schema: { summary: 'Remove a material', tags: ['visits'], params: ZMaterialParams },
    },
    async (request, reply) => {
      const { id, materialId } = request.params;
      await materials.deleteMaterial(api.db, requireAuth(request.auth), id, materialId);
      return reply.status(204).send();
    },
  );
}

import { ZArchiveRequest } from '#contracts/accounts.ts';
import { ZExportQuery, ZIdParams, ZPageQuery } from '#contracts/common.ts';
import {
  ZContact,
  ZContactCreate,
  ZContactListQuery,
  ZContactPage,
  ZContactUpdate,
} from '#contracts/contacts.ts';
import type { Api } from '../../../http/api.ts';
import { requireAuth } from '../../../http/request-context.ts';
import { sendTable } from '../../../http/table-export.ts';
import { contactColumns } from './contact-exports.ts';
import * as contacts from './contacts.service.ts';

export function contactRoutes(api: Api) {
  api.get(
    '/api/v1/contacts',
    {
      config: { access: 'contacts:read' },
      schema: {
        summary: 'Search and page through contacts',
        tags: ['contacts'],
        querystring: ZContactListQuery,
        response: { 200: ZContactPage },
      },
    },
    async (request) => contacts.listContacts(api.db, requireAuth(request.auth), request.query),
  );

  api.get(
    '/api/v1/contacts/export',
    {
      config: { access: 'contacts:read' },
      schema: {
        summary: 'The contacts the list search selects, as CSV or XLSX',
        tags: ['contacts'],
        querystring: ZContactListQuery.omit({ limit: true, cursor: true }).and(ZExportQuery),
      },
    },
    async (request, reply) => {
      const { format, locale, ...filters } = request.query;
      const rows = await contacts.exportContacts(api.db, requireAuth(request.auth), filters);
      const file = {
        name: locale === 'de' ? 'kontakte' : 'contacts',
        sheet: locale === 'de' ? 'Kontakte' : 'Contacts',
      };
      return sendTable(reply, { ...file, format, locale }, contactColumns, rows);
    },
  );

  api.post(
    '/api/v1/contacts',
    {
      config: { access: 'contacts:write' },
      schema: {
        summary: 'Create a contact (only the last name is required)',
        tags: ['contacts'],
        body: ZContactCreate,
        response: { 201: ZContact },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await contacts.createContact(api.db, requireAuth(request.auth), request.body)),
  );

  api.get(
    '/api/v1/contacts/:id',
    {
      config: { access: 'contacts:read' },
      schema: { summary: 'One contact', tags: ['contacts'], params: ZIdParams, response: { 200: ZContact } },
    },
    async (request) => contacts.getContact(api.db, requireAuth(request.auth), request.params.id),
  );

  api.patch(
    '/api/v1/contacts/:id',
    {
      config: { access: 'contacts:write' },
      schema: {
        summary: 'Change fields of a contact; send the version you read',
        tags: ['contacts'],
        params: ZIdParams,
        body: ZContactUpdate,
        response: { 200: ZContact },
      },
    },
    async (request) =>
      contacts.updateContact(api.db, requireAuth(request.auth), request.params.id, request.body),
  );

  for (const [action, archived] of [
    ['archive', true],
    ['restore', false],
  ] as const) {
    api.post(
      `/api/v1/contacts/:id/${action}`,
      {
        config: { access: 'contacts:archive' },
        schema: {
          summary: archived ? 'Archive a contact (e.g. left the company)' : 'Restore an archived contact',
          tags: ['contacts'],
          params: ZIdParams,
          body: ZArchiveRequest,
          response: { 200: ZContact },
        },
      },
      async (request) =>
        contacts.setArchived(api.db, requireAuth(request.auth), api.clock, {
          id: request.params.id,
          version: request.body.version,
          archived,
        }),
    );
  }

  api.get(
    '/api/v1/accounts/:id/contacts',
    {
      config: { access: 'contacts:read' },
      schema: {
        summary: 'The people at this account',
        tags: ['accounts', 'contacts'],
        params: ZIdParams,
        querystring: ZPageQuery,
        response: { 200: ZContactPage },
      },
    },
    async (request) =>
      contacts.listContactsOfAccount(api.db, requireAuth(request.auth), request.params.id, request.query),
  );
}

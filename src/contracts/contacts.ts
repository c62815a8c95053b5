import { z } from 'zod';
import {
  ZEmail,
  ZId,
  ZLanguage,
  ZPageQuery,
  ZTimestamp,
  ZVersion,
  zLine,
  zOptionalText,
  zPage,
} from './common.ts';

const ZPhone = z.object({ label: z.string().trim().max(50), number: zLine(50) });

const contactFields = {
  firstName: zOptionalText(100),
  lastName: zLine(100),
  jobTitle: zOptionalText(200),
  department: zOptionalText(200),
  email: ZEmail.or(z.literal('').transform(() => null))
    .nullable()
    .optional(),
  phones: z.array(ZPhone).max(10).optional(),
  language: ZLanguage.nullable().optional(),
  notes: zOptionalText(20_000),
  accountIds: z.array(ZId).max(50).optional().describe('The accounts this person works for.'),
};

export const ZContactCreate = z.object(contactFields).strict();
export const ZContactUpdate = z.object(contactFields).partial().extend({ version: ZVersion }).strict();
export type ContactCreate = z.infer<typeof ZContactCreate>;
export type ContactUpdate = z.infer<typeof ZContactUpdate>;

export const ZContact = z.object({
  id: ZId,
  firstName: z.string().nullable(),
  lastName: z.string(),
  jobTitle: z.string().nullable(),
  department: z.string().nullable(),
  email: z.string().nullable(),
  phones: z.array(z.object({ label: z.string(), number: z.string() })),
  language: z.string().nullable(),
  notes: z.string().nullable(),
  accounts: z.array(z.object({ id: ZId, name: z.string() })),
  archivedAt: ZTimestamp.nullable(),
  version: z.number().int(),
  createdAt: ZTimestamp,
  updatedAt: ZTimestamp,
});
export type Contact = z.infer<typeof ZContact>;

export const contactSorts = ['relevance', 'name', 'createdAt', 'updatedAt'] as const;

export const ZContactListQuery = ZPageQuery.extend({
  q: z
    .string()
    .trim()
    .max(200)
    .optional()
    .describe('Name, e-mail, job title or department; umlaut- and typo-tolerant.'),
  accountId: ZId.optional(),
  archived: z.enum(['false', 'true', 'all']).default('false'),
  sort: z.enum(contactSorts).optional().describe('Default: relevance when searching, else name.'),
  order: z.enum(['asc', 'desc']).optional().describe('Default: desc for relevance, else asc.'),
});
export type ContactListQuery = z.infer<typeof ZContactListQuery>;
export const ZContactPage = zPage(ZContact);

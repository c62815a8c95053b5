import { z } from 'zod';
import {
  ZCadenceDays,
  ZId,
  ZLanguage,
  ZPageQuery,
  ZTimestamp,
  ZVersion,
  zLine,
  zOptionalText,
  zPage,
} from './common.ts';

export const customerTypes = ['corporation', 'sme', 'public_sector'] as const;
export const lifecycleStatuses = ['prospect', 'customer', 'former_customer'] as const;

const ZTeamMember = z.object({ userId: ZId, teamRole: zOptionalText(100) });

const accountFields = {
  name: zLine(200),
  legalName: zOptionalText(300),
  customerNumber: zOptionalText(64).describe("The ERP's customer number; unique in the workspace."),
  industryKey: zOptionalText(64).describe('A key of GET /api/v1/industries.'),
  customerType: z.enum(customerTypes).nullable().optional(),
  countryCode: z
    .string()
    .trim()
    .toUpperCase()
    .regex(/^[A-Z]{2}$/, 'Expected an ISO 3166 country code such as "DE"')
    .nullable()
    .optional(),
  region: zOptionalText(100).describe('e.g. "Deutschland Süd" or "Nordamerika".'),
  language: ZLanguage.nullable().optional(),
  website: z
    .string()
    .trim()
    .max(500)
    .pipe(z.url({ protocol: /^https?$/, error: 'Expected a web address starting with http:// or https://' }))
    .nullable()
    .optional(),
  street: zOptionalText(200),
  postalCode: zOptionalText(20),
  city: zOptionalText(100),
  parentId: ZId.nullable().optional().describe('The group this account belongs to.'),
  businessModel: zOptionalText(20_000),
  processes: zOptionalText(20_000),
  lifecycleStatus: z.enum(lifecycleStatuses).optional(),
  isKeyAccount: z.boolean().optional(),
  keyAccountTier: z.number().int().min(1).max(3).nullable().optional(),
  contactCadenceDays: ZCadenceDays.nullable()
    .optional()
    .describe('Days between contacts with this account; null: the cadence of its key-account tier.'),
  ownerId: ZId.nullable().optional(),
  team: z.array(ZTeamMember).max(50).optional(),
};

export const ZAccountCreate = z.object(accountFields).strict();
export const ZAccountUpdate = z.object(accountFields).partial().extend({ version: ZVersion }).strict();
export const ZArchiveRequest = z.object({ version: ZVersion }).strict();

export type AccountCreate = z.infer<typeof ZAccountCreate>;
export type AccountUpdate = z.infer<typeof ZAccountUpdate>;

const ZUserRef = z.object({ id: ZId, name: z.string() }).nullable();

export const ZAccount = z.object({
  id: ZId,
  name: z.string(),
  legalName: z.string().nullable(),
  customerNumber: z.string().nullable(),
  industryKey: z.string().nullable(),
  customerType: z.enum(customerTypes).nullable(),
  countryCode: z.string().nullable(),
  region: z.string().nullable(),
  language: z.string().nullable(),
  website: z.string().nullable(),
  street: z.string().nullable(),
  postalCode: z.string().nullable(),
  city: z.string().nullable(),
  parent: z.object({ id: ZId, name: z.string() }).nullable(),
  businessModel: z.string().nullable(),
  processes: z.string().nullable(),
  lifecycleStatus: z.enum(lifecycleStatuses),
  isKeyAccount: z.boolean(),
  keyAccountTier: z.number().int().nullable(),
  contactCadenceDays: z.number().int().nullable(),
  owner: ZUserRef,
  team: z.array(z.object({ userId: ZId, name: z.string(), teamRole: z.string().nullable() })),
  archivedAt: ZTimestamp.nullable(),
  version: z.number().int(),
  createdAt: ZTimestamp,
  updatedAt: ZTimestamp,
});
export type Account = z.infer<typeof ZAccount>;

export const ZAccountListItem = ZAccount.omit({ businessModel: true, processes: true, team: true });
export type AccountListItem = z.infer<typeof ZAccountListItem>;

export const accountSorts = [
  'relevance',
  'name',
  'customerNumber',
  'city',
  'region',
  'createdAt',
  'updatedAt',
] as const;

const zFlag = z.enum(['true', 'false']).transform((value) => value === 'true');

export const ZAccountListQuery = ZPageQuery.extend({
  q: z
    .string()
    .trim()
    .max(200)
    .optional()
    .describe('Name, customer number or city; umlaut- and typo-tolerant.'),
  industry: z.string().max(64).optional(),
  customerType: z.enum(customerTypes).optional(),
  region: z.string().max(100).optional().describe('Exact region, ignoring case.'),
  ownerId: ZId.optional(),
  keyAccount: zFlag.optional(),
  status: z.enum(lifecycleStatuses).optional(),
  archived: z.enum(['false', 'true', 'all']).default('false'),
  sort: z.enum(accountSorts).optional().describe('Default: relevance when searching, else name.'),
  order: z.enum(['asc', 'desc']).optional().describe('Default: desc for relevance, else asc.'),
});
export type AccountListQuery = z.infer<typeof ZAccountListQuery>;

export const ZAccountPage = zPage(ZAccountListItem);

export interface HierarchyNode {
  id: string;
  name: string;
  customerNumber: string | null;
  isKeyAccount: boolean;
  archived: boolean;
  children: HierarchyNode[];
}
const ZHierarchyNode: z.ZodType<HierarchyNode> = z.lazy(() =>
  z.object({
    id: ZId,
    name: z.string(),
    customerNumber: z.string().nullable(),
    isKeyAccount: z.boolean(),
    archived: z.boolean(),
    children: z.array(ZHierarchyNode),
  }),
);
// Recursive, so OpenAPI needs it as a named component to refer to.
z.globalRegistry.add(ZHierarchyNode, { id: 'HierarchyNode' });
export const ZHierarchy = z.object({
  root: ZHierarchyNode,
  truncated: z.boolean().describe('True when the group has more accounts than one answer carries.'),
});

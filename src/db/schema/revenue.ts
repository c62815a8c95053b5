import { sql } from 'drizzle-orm';
import {
  bigint,
  char,
  date,
  foreignKey,
  index,
  integer,
  jsonb,
  numeric,
  pgEnum,
  pgTable,
  primaryKey,
  text,
  timestamp,
  unique,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { bytea } from './bytea.ts';
import { users } from './users.ts';
import { workspaces } from './workspaces.ts';

/**
 * One invoice line from the ERP: the raw material of every portfolio analysis.
 *
 * Built for bulk imports (bench/RESULTS.md): one B-tree, the primary key, which both refuses a
 * line imported before (same content, same position among identical lines: the fingerprint)
 * and serves an account's lines by date; a BRIN index on the date for the analyses of a period,
 * since imported exports arrive roughly in date order. No foreign keys: PostgreSQL checks those
 * line by line (11 s of a million-line import); the import takes every account id from its
 * join with the accounts, accounts are never deleted, and a workspace's deletion removes its
 * lines with it.
 */
export const revenueLines = pgTable(
  'revenue_lines',
  {
    workspaceId: uuid('workspace_id').notNull(),
    accountId: uuid('account_id').notNull(),
    invoiceDate: date('invoice_date').notNull(),
    documentNumber: text('document_number').notNull(),
    product: text('product'),
    productLine: text('product_line'),
    quantity: numeric('quantity', { precision: 18, scale: 4 }),
    netRevenueCents: bigint('net_revenue_cents', { mode: 'number' }).notNull(),
    costOfGoodsCents: bigint('cost_of_goods_cents', { mode: 'number' }),
    currency: char('currency', { length: 3 }).notNull(),
    /** Identifies the line across re-imports of overlapping exports (src/features/identify/imports/line-fingerprint.ts). */
    fingerprint: uuid('fingerprint').notNull(),
    importId: uuid('import_id'),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.accountId, t.invoiceDate, t.fingerprint] }),
    index('revenue_lines_invoice_date_brin').using('brin', t.invoiceDate),
  ],
);

export const importStatus = pgEnum('import_status', [
  'uploaded',
  'validating',
  'validated',
  'committing',
  'committed',
  'rejected',
  'failed',
]);

/** An uploaded file on its way in: detected format, mapping, progress and the report. */
export const imports = pgTable(
  'imports',
  {
    id: uuid('id').primaryKey(),
    workspaceId: uuid('workspace_id')
      .notNull()
      .references(() => workspaces.id),
    kind: text('kind').notNull(),
    fileName: text('file_name').notNull(),
    fileSize: bigint('file_size', { mode: 'number' }).notNull(),
    status: importStatus('status').notNull(),
    format: jsonb('format'),
    mapping: jsonb('mapping'),
    options: jsonb('options'),
    preview: jsonb('preview'),
    report: jsonb('report'),
    processedBytes: bigint('processed_bytes', { mode: 'number' }).notNull().default(0),
    createdBy: uuid('created_by').notNull(),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    foreignKey({ columns: [t.workspaceId, t.createdBy], foreignColumns: [users.workspaceId, users.id] }),
    index('imports_workspace_idx').on(t.workspaceId, t.createdAt),
    unique('imports_workspace_id_id_key').on(t.workspaceId, t.id),
  ],
);

/** The uploaded file itself, in 1 MiB pieces: PostgreSQL keeps every byte, so any app process can read it. */
export const importChunks = pgTable(
  'import_chunks',
  {
    workspaceId: uuid('workspace_id').notNull(),
    importId: uuid('import_id').notNull(),
    seq: integer('seq').notNull(),
    data: bytea('data').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.workspaceId, t.importId, t.seq] }),
    foreignKey({
      columns: [t.workspaceId, t.importId],
      foreignColumns: [imports.workspaceId, imports.id],
    }).onDelete('cascade'),
  ],
);

/**
 * The accepted lines of a checked import, parsed once by the check so that the commit does not
 * read the file again. UNLOGGED (written without WAL; emptied if PostgreSQL crashes, which the
 * commit notices by the count and asks for a new check) and without indexes or foreign keys:
 * written in one COPY, read once by the commit, which then deletes them.
 */
export const importLines = pgTable('import_lines', {
  workspaceId: uuid('workspace_id').notNull(),
  importId: uuid('import_id').notNull(),
  rowNo: bigint('row_no', { mode: 'number' }).notNull(),
  customerNumber: text('customer_number').notNull(),
  customerName: text('customer_name'),
  invoiceDate: date('invoice_date').notNull(),
  documentNumber: text('document_number').notNull(),
  product: text('product'),
  productLine: text('product_line'),
  quantity: numeric('quantity'),
  netRevenueCents: bigint('net_revenue_cents', { mode: 'number' }).notNull(),
  costOfGoodsCents: bigint('cost_of_goods_cents', { mode: 'number' }),
  currency: char('currency', { length: 3 }).notNull(),
  /** The hash of the line's content (src/features/identify/imports/line-fingerprint.ts). */
  content: uuid('content').notNull(),
});

/** A saved column mapping, for the next export from the same ERP. */
export const mappingPresets = pgTable(
  'mapping_presets',
  {
    id: uuid('id').primaryKey(),
    workspaceId: uuid('workspace_id')
      .notNull()
      .references(() => workspaces.id),
    kind: text('kind').notNull(),
    name: text('name').notNull(),
    mapping: jsonb('mapping').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('mapping_presets_name_key').on(t.workspaceId, t.kind, sql`lower(${t.name})`)],
);

/**
 * A counter per workspace that every change of its revenue lines raises (in the same
 * transaction): what tells a stored ABC classification that it is out of date.
 */
export const revenueVersions = pgTable('revenue_versions', {
  workspaceId: uuid('workspace_id')
    .primaryKey()
    .references(() => workspaces.id),
  version: bigint('version', { mode: 'number' }).notNull().default(0),
  changedAt: timestamp('changed_at', { withTimezone: true }).notNull().defaultNow(),
});

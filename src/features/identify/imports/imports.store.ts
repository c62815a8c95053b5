import { and, desc, eq, inArray, sql } from 'drizzle-orm';
import type { ColumnMapping } from '#contracts/import-fields.ts';
import type { ImportFormat, PreviewRow } from '#contracts/import-formats.ts';
import type { ImportReport } from '#contracts/import-report.ts';
import type { ImportOptions } from '#contracts/imports.ts';
import type { Queryable } from '../../../db/client.ts';
import { importChunks, imports, mappingPresets } from '../../../db/schema/index.ts';

/** An import as stored; its JSON columns hold what the contract describes, written only through ImportChanges. */
export type ImportRow = Omit<
  typeof imports.$inferSelect,
  'format' | 'mapping' | 'options' | 'preview' | 'report'
> & {
  format: ImportFormat | null;
  mapping: ColumnMapping | null;
  options: ImportOptions | null;
  preview: PreviewRow[] | null;
  report: ImportReport | null;
};
export type ImportStatus = ImportRow['status'];

export async function insertImport(
  db: Queryable,
  values: { id: string; workspaceId: string; kind: string; fileName: string; createdBy: string },
) {
  await db.insert(imports).values({ ...values, fileSize: 0, status: 'uploaded' });
}

export async function appendChunk(
  db: Queryable,
  workspaceId: string,
  importId: string,
  seq: number,
  data: Buffer,
) {
  await db.insert(importChunks).values({ workspaceId, importId, seq, data });
}

/** The stored file, piece by piece, in order; a few pieces per query keep memory flat. */
export async function* readChunks(
  db: Queryable,
  workspaceId: string,
  importId: string,
): AsyncGenerator<Buffer> {
  const batch = 8;
  for (let from = 0; ; from += batch) {
    const rows = await db
      .select({ data: importChunks.data })
      .from(importChunks)
      .where(
        and(
          eq(importChunks.workspaceId, workspaceId),
          eq(importChunks.importId, importId),
          sql`${importChunks.seq} >= ${from} AND ${importChunks.seq} < ${from + batch}`,
        ),
      )
      .orderBy(importChunks.seq);
    for (const row of rows) yield row.data;
    if (rows.length < batch) return;
  }
}

export async function deleteImport(db: Queryable, workspaceId: string, id: string) {
  await db.delete(imports).where(and(eq(imports.workspaceId, workspaceId), eq(imports.id, id)));
}

export async function findImport(db: Queryable, workspaceId: string, id: string) {
  const [row] = await db
    .select()
    .from(imports)
    .where(and(eq(imports.workspaceId, workspaceId), eq(imports.id, id)));
  return row as ImportRow | undefined;
}

export async function listImports(db: Queryable, workspaceId: string, limit: number) {
  const rows = await db
    .select()
    .from(imports)
    .where(eq(imports.workspaceId, workspaceId))
    .orderBy(desc(imports.createdAt))
    .limit(limit);
  return rows as ImportRow[];
}

export type ImportChanges = Partial<
  Pick<
    ImportRow,
    'status' | 'format' | 'mapping' | 'options' | 'preview' | 'report' | 'fileSize' | 'processedBytes'
  >
>;

export async function updateImport(db: Queryable, workspaceId: string, id: string, changes: ImportChanges) {
  await db
    .update(imports)
    .set({ ...changes, version: sql`${imports.version} + 1`, updatedAt: sql`now()` })
    .where(and(eq(imports.workspaceId, workspaceId), eq(imports.id, id)));
}

/** Moves an import from one status to the next only if nobody else did meanwhile. */
export async function claimImport(
  db: Queryable,
  workspaceId: string,
  id: string,
  from: ImportStatus[],
  to: ImportStatus,
  changes: ImportChanges = {},
): Promise<boolean> {
  const rows = await db
    .update(imports)
    .set({
      ...changes,
      status: to,
      processedBytes: 0,
      version: sql`${imports.version} + 1`,
      updatedAt: sql`now()`,
    })
    .where(and(eq(imports.workspaceId, workspaceId), eq(imports.id, id), inArray(imports.status, from)))
    .returning({ id: imports.id });
  return rows.length > 0;
}

/** A running job writes a heartbeat; one without for a minute died with its process. */
export async function failStaleImports(db: Queryable, workspaceId: string) {
  await db
    .update(imports)
    .set({
      status: 'failed',
      report: sql`jsonb_build_object('failure', 'interrupted')`,
      updatedAt: sql`now()`,
    })
    .where(
      and(
        eq(imports.workspaceId, workspaceId),
        inArray(imports.status, ['validating', 'committing']),
        sql`${imports.updatedAt} < now() - interval '1 minute'`,
      ),
    );
}

export async function heartbeat(db: Queryable, workspaceId: string, id: string, processedBytes?: number) {
  await db
    .update(imports)
    .set({ updatedAt: sql`now()`, ...(processedBytes === undefined ? {} : { processedBytes }) })
    .where(and(eq(imports.workspaceId, workspaceId), eq(imports.id, id)));
}

/** A saved mapping; its JSON column holds what the contract describes. */
export interface Preset {
  id: string;
  name: string;
  mapping: ColumnMapping;
}

export async function listPresets(db: Queryable, workspaceId: string, kind: string): Promise<Preset[]> {
  const rows = await db
    .select({ id: mappingPresets.id, name: mappingPresets.name, mapping: mappingPresets.mapping })
    .from(mappingPresets)
    .where(and(eq(mappingPresets.workspaceId, workspaceId), eq(mappingPresets.kind, kind)))
    .orderBy(mappingPresets.name)
    .limit(200);
  return rows as Preset[];
}

/** A preset of the same name (any case) is replaced: saving again updates it. */
export async function upsertPreset(
  db: Queryable,
  values: {
    id: string;
    workspaceId: string;
    kind: string;
    name: string;
    mapping: ColumnMapping;
  },
): Promise<Preset> {
  const sameName = and(
    eq(mappingPresets.workspaceId, values.workspaceId),
    eq(mappingPresets.kind, values.kind),
    sql`lower(${mappingPresets.name}) = lower(${values.name})`,
  );
  const columns = { id: mappingPresets.id, name: mappingPresets.name, mapping: mappingPresets.mapping };
  const [updated] = await db
    .update(mappingPresets)
    .set({ mapping: values.mapping })
    .where(sameName)
    .returning(columns);
  if (updated) return updated as Preset;
  const [inserted] = await db.insert(mappingPresets).values(values).returning(columns);
  return inserted as Preset;
}

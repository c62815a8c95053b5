import { and, eq } from 'drizzle-orm';
import type { Queryable } from '../../../db/client.ts';
import { visitMaterials } from '../../../db/schema/index.ts';

const described = {
  id: visitMaterials.id,
  kind: visitMaterials.kind,
  title: visitMaterials.title,
  url: visitMaterials.url,
  fileName: visitMaterials.fileName,
  mediaType: visitMaterials.mediaType,
  sizeBytes: visitMaterials.sizeBytes,
  createdAt: visitMaterials.createdAt,
};

const ofVisit = (workspaceId: string, visitId: string, id: string) =>
  and(
    eq(visitMaterials.workspaceId, workspaceId),
    eq(visitMaterials.visitId, visitId),
    eq(visitMaterials.id, id),
  );

export async function findMaterial(db: Queryable, workspaceId: string, visitId: string, id: string) {
  const [row] = await db
    .select(described)
    .from(visitMaterials)
    .where(ofVisit(workspaceId, visitId, id));
  return row;
}

export async function findContent(db: Queryable, workspaceId: string, visitId: string, id: string) {
  const [row] = await db
    .select({ ...described, content: visitMaterials.content })
    .from(visitMaterials)
    .where(ofVisit(workspaceId, visitId, id));
  return row;
}

export type MaterialValues = Omit<typeof visitMaterials.$inferInsert, 'workspaceId' | 'createdAt'>;

export async function insertMaterial(db: Queryable, workspaceId: string, values: MaterialValues) {
  await db.insert(visitMaterials).values({ ...values, workspaceId });
}

export async function deleteMaterial(db: Queryable, workspaceId: string, visitId: string, id: string) {
  await db.delete(visitMaterials).where(ofVisit(workspaceId, visitId, id));
}

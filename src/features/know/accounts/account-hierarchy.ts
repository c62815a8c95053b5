import type { HierarchyNode } from '#contracts/accounts.ts';
import type { HierarchyRow } from './accounts.store.ts';

/** Turns the flat rows of a group (parents before children) into the tree the API answers. */
export function buildHierarchy(rows: HierarchyRow[], rootId: string, truncated: boolean) {
  const nodes = new Map<string, HierarchyNode>();
  for (const row of rows) {
    nodes.set(row.id, {
      id: row.id,
      name: row.name,
      customerNumber: row.customer_number,
      isKeyAccount: row.is_key_account,
      archived: row.archived,
      children: [],
    });
  }
  for (const row of rows) {
    if (row.id === rootId || !row.parent_id) continue;
    nodes.get(row.parent_id)?.children.push(nodes.get(row.id) as HierarchyNode);
  }
  return { root: nodes.get(rootId) as HierarchyNode, truncated };
}

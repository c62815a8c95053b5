import type { Industry } from '../../../api/types.ts';

/** The positions that change when one industry moves one place up (-1) or down (+1). */
export function moveIndustry(industries: Industry[], index: number, by: -1 | 1) {
  const order = [...industries];
  const [moved] = order.splice(index, 1);
  if (!moved) return [];
  order.splice(index + by, 0, moved);
  return order.flatMap((industry, position) =>
    industry.position === position
      ? []
      : [{ key: industry.key, update: { position, version: industry.version } }],
  );
}

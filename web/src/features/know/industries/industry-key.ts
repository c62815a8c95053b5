import type { Industry } from '../../../api/types.ts';

const umlauts: Record<string, string> = { ä: 'ae', ö: 'oe', ü: 'ue', ß: 'ss' };

/** The stable key the API needs (a-z, 0-9, _), made from the German name: "Medizintechnik" → "medizintechnik". */
export function keyFromLabel(label: string): string {
  const key = label
    .toLowerCase()
    .replace(/[äöüß]/g, (char) => umlauts[char] ?? char)
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/&/g, '_')
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '')
    .slice(0, 56);
  // Keys start with a letter and have at least two characters.
  return /^[a-z]/.test(key) && key.length >= 2 ? key : `branche_${key}`.replace(/_+$/, '');
}

/** A key no industry of the workspace has (archived ones included). */
export function uniqueKey(label: string, existing: Industry[]): string {
  const base = keyFromLabel(label);
  const taken = new Set(existing.map((industry) => industry.key));
  let key = base;
  for (let n = 2; taken.has(key); n++) key = `${base}_${n}`;
  return key;
}

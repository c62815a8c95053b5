/** Only the fields that differ from what was loaded: a PATCH must not overwrite untouched fields. */
export function changedFields<P extends object>(current: P, base: P): Partial<P> {
  const changed: Partial<P> = {};
  for (const key of Object.keys(current) as (keyof P)[]) {
    if (JSON.stringify(current[key] ?? null) !== JSON.stringify(base[key] ?? null))
      changed[key] = current[key];
  }
  return changed;
}

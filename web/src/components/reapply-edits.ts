/**
 * Re-applies the user's own edits on top of the latest version after a 409: for each top-level form
 * field the user changed (compared with the version they started from), their value wins; every
 * other field takes the latest saved value.
 */
export function reapplyEdits<V extends object>(
  mine: V,
  startedFrom: V,
  latest: V,
  comparable: (value: unknown) => string,
): V {
  const merged = { ...latest };
  for (const key of Object.keys(mine) as (keyof V)[]) {
    if (comparable(mine[key]) !== comparable(startedFrom[key])) merged[key] = mine[key];
  }
  return merged;
}

/** JSON with list-row keys left out (they are local to the form). */
export function comparableJson(value: unknown): string {
  return JSON.stringify(value ?? null, (key, inner) => (key === 'key' ? undefined : inner));
}

/** The analysed period: both days included; by default the twelve months up to today. */
export function resolvePeriod(query: { from?: string | undefined; to?: string | undefined }, today: string) {
  const to = query.to ?? today;
  if (query.from) return { from: query.from, to };
  const end = new Date(`${to}T00:00:00Z`);
  const start = new Date(Date.UTC(end.getUTCFullYear() - 1, end.getUTCMonth(), end.getUTCDate() + 1));
  return { from: start.toISOString().slice(0, 10), to };
}

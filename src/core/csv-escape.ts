/**
 * One value as a CSV field for export. Text that a spreadsheet would run as a formula
 * (starting with =, +, -, @, or a tab or carriage return that some programs strip before
 * looking) gets a leading apostrophe, the OWASP remedy for CSV injection: Excel shows the text
 * and does not evaluate it. Imported formulas were stored as plain text (never evaluated) and
 * leave the same way. Fields are quoted when they hold the delimiter, a quote or a line break;
 * quotes are doubled.
 *
 * Numbers are not passed through here as text: a negative amount must stay a number in the
 * export, so the caller formats numbers itself (they start with '-' legitimately).
 */
export function csvEscape(value: string | number | null | undefined, delimiter = ';'): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return String(value);
  const neutralised = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  const needsQuotes =
    neutralised.includes(delimiter) ||
    neutralised.includes('"') ||
    neutralised.includes('\n') ||
    neutralised.includes('\r') ||
    neutralised !== neutralised.trim();
  return needsQuotes ? `"${neutralised.replaceAll('"', '""')}"` : neutralised;
}

/** A whole record, fields joined by the delimiter (no line end). */
export function csvRecord(values: readonly (string | number | null | undefined)[], delimiter = ';'): string {
  return values.map((value) => csvEscape(value, delimiter)).join(delimiter);
}

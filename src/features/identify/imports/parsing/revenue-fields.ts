import {
  type ColumnMapping,
  type RevenueField,
  requiredRevenueFields,
  revenueFieldSpecs,
  revenueFields,
} from '#contracts/import-fields.ts';

// Which header feeds which revenue field: the fields and their synonyms are in the contract, so
// that the web app lists the same fields; here they are matched against a file's headers.

/**
 * The comparison key of a header: case, spaces, punctuation and umlauts do not count, so
 * "Kunden-Nr." equals "kundennr" and "Währung" equals "Waehrung" and "Wahrung" (exports that
 * lost their umlauts, or spelled them out, still map).
 */
export function headerKey(header: string): string {
  return header
    .toLowerCase()
    .replaceAll('ß', 'ss')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/([aou])e/g, '$1')
    .replace(/[^a-z0-9]/g, '');
}

const fieldBySynonymKey = new Map<string, { field: RevenueField; priority: number }>();
for (const field of revenueFields) {
  revenueFieldSpecs[field].synonyms.forEach((synonym, priority) => {
    const key = headerKey(synonym);
    const taken = fieldBySynonymKey.get(key);
    // A synonym may serve one field only; the table above is the single source, so fail loudly.
    if (taken && taken.field !== field) throw new Error(`Header synonym "${synonym}" maps to two fields`);
    if (!taken) fieldBySynonymKey.set(key, { field, priority });
  });
}

/** The field a header maps to automatically, if any. */
export function fieldOfHeader(header: string): RevenueField | undefined {
  return fieldBySynonymKey.get(headerKey(header))?.field;
}

export interface SuggestedMapping {
  mapping: ColumnMapping;
  /** Required fields no header maps to: the user must pick a column before importing. */
  missingRequired: RevenueField[];
  /** Headers that feed no field (ignored on import unless the user maps them). */
  unmappedHeaders: string[];
}

/** Map headers to fields by their synonyms; each field takes the best-ranked header, first wins. */
export function suggestMapping(headers: readonly string[]): SuggestedMapping {
  const best = new Map<RevenueField, { header: string; priority: number }>();
  for (const raw of headers) {
    const header = raw.trim();
    const hit = header ? fieldBySynonymKey.get(headerKey(header)) : undefined;
    if (!hit) continue;
    const current = best.get(hit.field);
    if (!current || hit.priority < current.priority) best.set(hit.field, { header, priority: hit.priority });
  }
  const mapping: ColumnMapping = {};
  for (const field of revenueFields) {
    const chosen = best.get(field);
    if (chosen) mapping[field] = chosen.header;
  }
  const used = new Set(Object.values(mapping));
  return {
    mapping,
    missingRequired: missingRequiredFields(mapping),
    unmappedHeaders: headers.map((header) => header.trim()).filter((header) => header && !used.has(header)),
  };
}

export function missingRequiredFields(mapping: ColumnMapping): RevenueField[] {
  return requiredRevenueFields.filter((field) => !mapping[field]?.trim());
}

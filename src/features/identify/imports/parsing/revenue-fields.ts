/**
 * The fields of one invoice line that Kontor imports, and the ERP header names that map to them
 * without the user's help. Synonyms are listed most specific first: when a file has both
 * "Nettoumsatz" and "Umsatz", the net column wins and the other stays unmapped.
 */
export const revenueFields = [
  'customerNumber',
  'customerName',
  'invoiceDate',
  'documentNumber',
  'product',
  'productLine',
  'quantity',
  'netRevenue',
  'costOfGoods',
  'currency',
] as const;

export type RevenueField = (typeof revenueFields)[number];

/** How a field's cells are read: text as is, amounts to cents, quantities to numbers, dates to ISO. */
export type FieldKind = 'text' | 'amount' | 'quantity' | 'date' | 'currency';

export interface RevenueFieldSpec {
  required: boolean;
  kind: FieldKind;
  synonyms: readonly string[];
}

export const revenueFieldSpecs: Record<RevenueField, RevenueFieldSpec> = {
  customerNumber: {
    required: true,
    kind: 'text',
    synonyms: [
      'Kundennummer',
      'Kunden-Nr.',
      'Kundennr',
      'Debitorennummer',
      'Debitor',
      'Customer number',
      'Customer No.',
      'Customer ID',
    ],
  },
  customerName: {
    required: false,
    kind: 'text',
    synonyms: ['Kundenname', 'Customer name', 'Kunde', 'Customer'],
  },
  invoiceDate: {
    required: true,
    kind: 'date',
    synonyms: ['Rechnungsdatum', 'Invoice date', 'Belegdatum', 'Datum', 'Date'],
  },
  documentNumber: {
    required: true,
    kind: 'text',
    synonyms: [
      'Rechnungsnummer',
      'Belegnummer',
      'Beleg-Nr.',
      'Invoice number',
      'Invoice No.',
      'Document number',
    ],
  },
  product: {
    required: false,
    kind: 'text',
    synonyms: ['Artikelbezeichnung', 'Artikel', 'Produkt', 'Product', 'Item'],
  },
  productLine: {
    required: false,
    kind: 'text',
    synonyms: ['Produktlinie', 'Produktgruppe', 'Warengruppe', 'Product line', 'Product group'],
  },
  quantity: {
    required: false,
    kind: 'quantity',
    synonyms: ['Menge', 'Anzahl', 'Quantity', 'Qty'],
  },
  netRevenue: {
    required: true,
    kind: 'amount',
    synonyms: ['Nettoumsatz', 'Umsatz netto', 'Net revenue', 'Net amount', 'Umsatz', 'Revenue', 'Amount'],
  },
  costOfGoods: {
    required: false,
    kind: 'amount',
    synonyms: ['Wareneinsatz', 'Cost of goods', 'COGS', 'Einstandspreis', 'Kosten', 'Cost'],
  },
  currency: {
    required: false,
    kind: 'currency',
    synonyms: ['Währung', 'Currency'],
  },
};

export const requiredRevenueFields: readonly RevenueField[] = revenueFields.filter(
  (field) => revenueFieldSpecs[field].required,
);

/** Field → the header name of the column that feeds it, exactly as the file spells it. */
export type ColumnMapping = Partial<Record<RevenueField, string>>;

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

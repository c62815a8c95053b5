import { z } from 'zod';

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

export const ZRevenueField = z.enum(revenueFields);

export const ZColumnMapping = z
  .partialRecord(ZRevenueField, z.string().trim().min(1).max(500))
  .describe('Kontor field → the header of the file column that holds it.');

/** A mapping as an import keeps it, suggested or chosen: a suggested one names headers of any length. */
export const ZStoredMapping = z.partialRecord(ZRevenueField, z.string());

/** Field → the header name of the column that feeds it, exactly as the file spells it. */
export type ColumnMapping = Partial<Record<RevenueField, string>>;

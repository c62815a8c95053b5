import { describe, expect, it } from 'vitest';
import {
  headerKey,
  missingRequiredFields,
  suggestMapping,
} from '../../src/features/identify/imports/parsing/index.ts';

describe('suggestMapping', () => {
  it('maps a German ERP export', () => {
    const result = suggestMapping([
      'Kunden-Nr.',
      'Kundenname',
      'Belegdatum',
      'Beleg-Nr.',
      'Artikelbezeichnung',
      'Warengruppe',
      'Anzahl',
      'Nettoumsatz',
      'Einstandspreis',
      'Währung',
      'Vertreter',
    ]);
    expect(result.mapping).toEqual({
      customerNumber: 'Kunden-Nr.',
      customerName: 'Kundenname',
      invoiceDate: 'Belegdatum',
      documentNumber: 'Beleg-Nr.',
      product: 'Artikelbezeichnung',
      productLine: 'Warengruppe',
      quantity: 'Anzahl',
      netRevenue: 'Nettoumsatz',
      costOfGoods: 'Einstandspreis',
      currency: 'Währung',
    });
    expect(result.missingRequired).toEqual([]);
    expect(result.unmappedHeaders).toEqual(['Vertreter']);
  });

  it('maps an English export, ignoring case, spaces and punctuation', () => {
    const result = suggestMapping([
      ' customer no ',
      'CUSTOMER NAME',
      'Invoice-Date',
      'invoice no.',
      'Item',
      'Product Group',
      'Qty',
      'Net Amount',
      'COGS',
      'currency',
    ]);
    expect(result.mapping).toEqual({
      customerNumber: 'customer no',
      customerName: 'CUSTOMER NAME',
      invoiceDate: 'Invoice-Date',
      documentNumber: 'invoice no.',
      product: 'Item',
      productLine: 'Product Group',
      quantity: 'Qty',
      netRevenue: 'Net Amount',
      costOfGoods: 'COGS',
      currency: 'currency',
    });
  });

  it.each([
    ['Kundennummer', 'customerNumber'],
    ['Kundennr', 'customerNumber'],
    ['Debitor', 'customerNumber'],
    ['Debitorennummer', 'customerNumber'],
    ['Customer ID', 'customerNumber'],
    ['Customer number', 'customerNumber'],
    ['Kunde', 'customerName'],
    ['Customer', 'customerName'],
    ['Datum', 'invoiceDate'],
    ['Date', 'invoiceDate'],
    ['Rechnungsnummer', 'documentNumber'],
    ['Belegnummer', 'documentNumber'],
    ['Invoice number', 'documentNumber'],
    ['Document number', 'documentNumber'],
    ['Produkt', 'product'],
    ['Product', 'product'],
    ['Produktgruppe', 'productLine'],
    ['Produktlinie', 'productLine'],
    ['Product line', 'productLine'],
    ['Menge', 'quantity'],
    ['Quantity', 'quantity'],
    ['Umsatz netto', 'netRevenue'],
    ['Umsatz', 'netRevenue'],
    ['Revenue', 'netRevenue'],
    ['Amount', 'netRevenue'],
    ['Net revenue', 'netRevenue'],
    ['Wareneinsatz', 'costOfGoods'],
    ['Kosten', 'costOfGoods'],
    ['Cost', 'costOfGoods'],
    ['Cost of goods', 'costOfGoods'],
    ['Waehrung', 'currency'],
    ['WAHRUNG', 'currency'],
  ])('maps “%s” to %s', (header, field) => {
    expect(suggestMapping([header]).mapping).toEqual({ [field]: header });
  });

  it('prefers the more specific header when two fit the same field', () => {
    const result = suggestMapping([
      'Datum',
      'Umsatz',
      'Rechnungsdatum',
      'Nettoumsatz',
      'Kunde',
      'Kundenname',
    ]);
    expect(result.mapping).toMatchObject({
      invoiceDate: 'Rechnungsdatum',
      netRevenue: 'Nettoumsatz',
      customerName: 'Kundenname',
    });
    expect(result.unmappedHeaders).toEqual(['Datum', 'Umsatz', 'Kunde']);
  });

  it('names the required fields no header maps to', () => {
    const result = suggestMapping(['Kunde', 'Datum', 'Artikel', 'Menge']);
    expect(result.missingRequired).toEqual(['customerNumber', 'documentNumber', 'netRevenue']);
    expect(
      missingRequiredFields({ customerNumber: 'A', invoiceDate: 'B', documentNumber: 'C', netRevenue: ' ' }),
    ).toEqual(['netRevenue']);
  });

  it('compares headers umlaut-, case- and punctuation-insensitively', () => {
    expect(headerKey('Kunden-Nr.')).toBe(headerKey('kundennr'));
    expect(headerKey('Währung')).toBe(headerKey('Waehrung'));
    expect(headerKey('Größe')).toBe(headerKey('GROESSE'));
  });
});

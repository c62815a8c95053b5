import type { ExportColumn } from '../../http/table-export.ts';
import type { KeyAccountRow } from './key-accounts.schema.ts';

/** The columns of the exported key-account portfolio, in the order the screen shows them. */
export const keyAccountColumns: ExportColumn<KeyAccountRow>[] = [
  { header: { de: 'Kundennummer', en: 'Customer number' }, kind: 'text', value: (row) => row.customerNumber },
  { header: { de: 'Key Account', en: 'Key account' }, kind: 'text', value: (row) => row.name },
  { header: { de: 'Stufe', en: 'Tier' }, kind: 'integer', value: (row) => row.tier },
  { header: { de: 'KAM', en: 'KAM' }, kind: 'text', value: (row) => row.owner?.name ?? null },
  { header: { de: 'Umsatz', en: 'Revenue' }, kind: 'money', value: (row) => row.revenueCents },
  { header: { de: 'Anteil', en: 'Share' }, kind: 'share', value: (row) => row.share },
  { header: { de: 'ABC-Klasse', en: 'ABC class' }, kind: 'text', value: (row) => row.abcClass },
  { header: { de: 'Wachstum', en: 'Growth' }, kind: 'share', value: (row) => row.growth },
];

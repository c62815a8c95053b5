import type { ExportColumn } from '../../http/table-export.ts';
import type { AbcTableRow } from './portfolio.service.ts';

/** The columns of the exported ABC table, in the order the screen shows them. */
export const abcColumns: ExportColumn<AbcTableRow>[] = [
  { header: { de: 'Rang', en: 'Rank' }, kind: 'integer', value: (row) => row.rank },
  { header: { de: 'Kundennummer', en: 'Customer number' }, kind: 'text', value: (row) => row.customerNumber },
  { header: { de: 'Kunde', en: 'Account' }, kind: 'text', value: (row) => row.name },
  { header: { de: 'Umsatz', en: 'Revenue' }, kind: 'money', value: (row) => row.revenueCents },
  { header: { de: 'Anteil', en: 'Share' }, kind: 'share', value: (row) => row.share },
  {
    header: { de: 'Kumulierter Anteil', en: 'Cumulative share' },
    kind: 'share',
    value: (row) => row.cumulativeShare,
  },
  { header: { de: 'ABC-Klasse', en: 'ABC class' }, kind: 'text', value: (row) => row.abcClass },
  {
    header: { de: 'Umsatz Vorjahr', en: 'Revenue previous year' },
    kind: 'money',
    value: (row) => row.previousRevenueCents,
  },
  { header: { de: 'Wachstum', en: 'Growth' }, kind: 'share', value: (row) => row.growth },
  { header: { de: 'Rohertragsmarge', en: 'Gross margin' }, kind: 'share', value: (row) => row.grossMargin },
];

export interface BreakdownRow {
  key: string | null;
  accounts: number;
  revenueCents: number;
  share: number;
}

export const breakdownColumns: ExportColumn<BreakdownRow>[] = [
  { header: { de: 'Gruppe', en: 'Group' }, kind: 'text', value: (row) => row.key ?? '–' },
  { header: { de: 'Kunden', en: 'Accounts' }, kind: 'integer', value: (row) => row.accounts },
  { header: { de: 'Umsatz', en: 'Revenue' }, kind: 'money', value: (row) => row.revenueCents },
  { header: { de: 'Anteil', en: 'Share' }, kind: 'share', value: (row) => row.share },
];

import type { AbcTableRow } from '#contracts/portfolio.ts';
import type { ExportColumn } from '../../../http/table-export.ts';

// Columns of every table of classified accounts (the ABC table, the key-account portfolio).
export const customerNumberColumn: ExportColumn<{ customerNumber: string | null }> = {
  header: { de: 'Kundennummer', en: 'Customer number' },
  kind: 'text',
  value: (row) => row.customerNumber,
};
export const revenueColumn: ExportColumn<{ revenueCents: number }> = {
  header: { de: 'Umsatz', en: 'Revenue' },
  kind: 'money',
  value: (row) => row.revenueCents,
};
export const shareColumn: ExportColumn<{ share: number }> = {
  header: { de: 'Anteil', en: 'Share' },
  kind: 'share',
  value: (row) => row.share,
};
export const abcClassColumn: ExportColumn<{ abcClass: string | null }> = {
  header: { de: 'ABC-Klasse', en: 'ABC class' },
  kind: 'text',
  value: (row) => row.abcClass,
};
export const growthColumn: ExportColumn<{ growth: number | null }> = {
  header: { de: 'Wachstum', en: 'Growth' },
  kind: 'share',
  value: (row) => row.growth,
};

/** The columns of the exported ABC table, in the order the screen shows them. */
export const abcColumns: ExportColumn<AbcTableRow>[] = [
  { header: { de: 'Rang', en: 'Rank' }, kind: 'integer', value: (row) => row.rank },
  customerNumberColumn,
  { header: { de: 'Kunde', en: 'Account' }, kind: 'text', value: (row) => row.name },
  revenueColumn,
  shareColumn,
  {
    header: { de: 'Kumulierter Anteil', en: 'Cumulative share' },
    kind: 'share',
    value: (row) => row.cumulativeShare,
  },
  abcClassColumn,
  {
    header: { de: 'Umsatz Vorjahr', en: 'Revenue previous year' },
    kind: 'money',
    value: (row) => row.previousRevenueCents,
  },
  growthColumn,
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

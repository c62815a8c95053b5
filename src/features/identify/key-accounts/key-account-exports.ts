import type { KeyAccountRow } from '#contracts/key-accounts.ts';
import type { ExportColumn } from '../../../http/table-export.ts';
import {
  abcClassColumn,
  customerNumberColumn,
  growthColumn,
  revenueColumn,
  shareColumn,
} from '../portfolio/portfolio.service.ts';

/** The columns of the exported key-account portfolio, in the order the screen shows them. */
export const keyAccountColumns: ExportColumn<KeyAccountRow>[] = [
  customerNumberColumn,
  { header: { de: 'Key Account', en: 'Key account' }, kind: 'text', value: (row) => row.name },
  { header: { de: 'Stufe', en: 'Tier' }, kind: 'integer', value: (row) => row.tier },
  { header: { de: 'KAM', en: 'KAM' }, kind: 'text', value: (row) => row.owner?.name ?? null },
  revenueColumn,
  shareColumn,
  abcClassColumn,
  growthColumn,
];

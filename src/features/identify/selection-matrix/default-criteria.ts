import type { Criterion } from '../../../core/selection-matrix.ts';

export interface CriterionDefinition extends Criterion {
  labelDe: string;
  labelEn: string;
}

/**
 * The matrix a workspace starts with (Millman & Wilson's criteria; domain.md): attractiveness
 * from purchase volume, growth and profitability (computed) and strategic fit and prestige
 * (scored); our strength from share of wallet, relationship and competitive position (scored)
 * and product breadth (computed). Money bands in cents, rates as fractions.
 */
export const defaultCriteria: readonly CriterionDefinition[] = [
  {
    key: 'purchase_volume',
    axis: 'attractiveness',
    weight: 3,
    source: 'revenue',
    bands: [1_000_000, 5_000_000, 25_000_000, 100_000_000],
    labelDe: 'Einkaufsvolumen',
    labelEn: 'Purchase volume',
  },
  {
    key: 'growth_potential',
    axis: 'attractiveness',
    weight: 2,
    source: 'growth',
    bands: [-0.05, 0.02, 0.08, 0.15],
    labelDe: 'Wachstum',
    labelEn: 'Growth',
  },
  {
    key: 'profitability',
    axis: 'attractiveness',
    weight: 2,
    source: 'margin',
    bands: [0.1, 0.2, 0.3, 0.4],
    labelDe: 'Profitabilität',
    labelEn: 'Profitability',
  },
  {
    key: 'strategic_fit',
    axis: 'attractiveness',
    weight: 2,
    source: 'manual',
    labelDe: 'Strategische Passung',
    labelEn: 'Strategic fit',
  },
  {
    key: 'prestige',
    axis: 'attractiveness',
    weight: 1,
    source: 'manual',
    labelDe: 'Referenzwert / Prestige',
    labelEn: 'Prestige',
  },
  {
    key: 'share_of_wallet',
    axis: 'strength',
    weight: 2,
    source: 'manual',
    labelDe: 'Lieferanteil (Share of Wallet)',
    labelEn: 'Share of wallet',
  },
  {
    key: 'relationship',
    axis: 'strength',
    weight: 3,
    source: 'manual',
    labelDe: 'Beziehungsqualität',
    labelEn: 'Relationship',
  },
  {
    key: 'competitive_position',
    axis: 'strength',
    weight: 2,
    source: 'manual',
    labelDe: 'Wettbewerbsposition',
    labelEn: 'Competitive position',
  },
  {
    key: 'product_breadth',
    axis: 'strength',
    weight: 1,
    source: 'product_breadth',
    bands: [2, 3, 5, 8],
    labelDe: 'Produktbreite',
    labelEn: 'Product breadth',
  },
];

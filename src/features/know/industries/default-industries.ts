/** domain.md's industries: the list every new workspace starts with, and may then edit. */
export const defaultIndustries: ReadonlyArray<{ key: string; labelDe: string; labelEn: string }> = [
  { key: 'technology_it', labelDe: 'Technologie & IT', labelEn: 'Technology & IT' },
  { key: 'pharma_health', labelDe: 'Pharma & Gesundheit', labelEn: 'Pharma & health' },
  { key: 'fmcg', labelDe: 'Konsumgüter (FMCG)', labelEn: 'FMCG' },
  { key: 'automotive', labelDe: 'Automobil', labelEn: 'Automotive' },
  { key: 'financial_services', labelDe: 'Finanzdienstleistungen', labelEn: 'Financial services' },
  { key: 'energy_utilities', labelDe: 'Energie & Versorgung', labelEn: 'Energy & utilities' },
  { key: 'chemicals_process', labelDe: 'Chemie & Prozessindustrie', labelEn: 'Chemicals & process industry' },
  { key: 'telecommunications', labelDe: 'Telekommunikation', labelEn: 'Telecommunications' },
  { key: 'construction_real_estate', labelDe: 'Bau & Immobilien', labelEn: 'Construction & real estate' },
  { key: 'logistics_transport', labelDe: 'Logistik & Transport', labelEn: 'Logistics & transport' },
  { key: 'other', labelDe: 'Sonstige', labelEn: 'Other' },
];

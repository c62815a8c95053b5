import type { AccountListItem, customerTypes, lifecycleStatuses } from '#contracts/accounts.ts';
import { type ExportColumn, type Locale, textColumn } from '../../../http/table-export.ts';

type CustomerType = (typeof customerTypes)[number];
type LifecycleStatus = (typeof lifecycleStatuses)[number];

const customerTypeLabels: Record<CustomerType, Record<Locale, string>> = {
  corporation: { de: 'Konzern', en: 'Corporation' },
  sme: { de: 'KMU / Mittelstand', en: 'SME' },
  public_sector: { de: 'Öffentlicher Sektor', en: 'Public sector' },
};

const statusLabels: Record<LifecycleStatus, Record<Locale, string>> = {
  prospect: { de: 'Interessent', en: 'Prospect' },
  customer: { de: 'Kunde', en: 'Customer' },
  former_customer: { de: 'Ehemaliger Kunde', en: 'Former customer' },
};

const text = textColumn<AccountListItem>;

/**
 * The columns of the exported accounts list, with the words of the UI in `locale`; `industry`
 * gives an industry key's name there.
 */
export function accountColumns(
  locale: Locale,
  industry: (key: string) => string | undefined,
): ExportColumn<AccountListItem>[] {
  return [
    text('Kundennummer', 'Customer number', (account) => account.customerNumber),
    text('Name', 'Name', (account) => account.name),
    text('Firmierung', 'Legal name', (account) => account.legalName),
    text('Status', 'Status', (account) => statusLabels[account.lifecycleStatus][locale]),
    text('Key Account', 'Key account', (account) =>
      account.isKeyAccount ? `${locale === 'de' ? 'Stufe' : 'Tier'} ${account.keyAccountTier ?? '–'}` : null,
    ),
    text('Betreuer', 'Owner', (account) => account.owner?.name ?? null),
    text('Branche', 'Industry', (account) =>
      account.industryKey ? (industry(account.industryKey) ?? account.industryKey) : null,
    ),
    text('Kundentyp', 'Customer type', (account) =>
      account.customerType ? customerTypeLabels[account.customerType][locale] : null,
    ),
    text('Konzern', 'Group', (account) => account.parent?.name ?? null),
    text('Straße', 'Street', (account) => account.street),
    text('PLZ', 'Postal code', (account) => account.postalCode),
    text('Ort', 'City', (account) => account.city),
    text('Land', 'Country', (account) => account.countryCode),
    text('Region', 'Region', (account) => account.region),
    text('Website', 'Website', (account) => account.website),
  ];
}

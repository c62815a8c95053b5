import type { Account, AccountCreate } from '../../../api/types.ts';
import type { Option } from '../../../components/remote-select.tsx';

/** What the account form edits: text inputs hold strings, pickers hold { value, label }. */
export interface AccountFormValues {
  name: string;
  legalName: string;
  customerNumber: string;
  industryKey: string | null;
  customerType: string | null;
  lifecycleStatus: string;
  isKeyAccount: boolean;
  keyAccountTier: string | null;
  /** Days between contacts; empty: the tier's cadence. */
  contactCadenceDays: number | string;
  owner: Option | null;
  parent: Option | null;
  street: string;
  postalCode: string;
  city: string;
  countryCode: string | null;
  region: string;
  language: string | null;
  website: string;
  businessModel: string;
  processes: string;
  team: { key: string; user: Option | null; teamRole: string }[];
}

let teamKey = 0;
export const newTeamRow = (user: Option | null = null, teamRole = '') => ({
  key: `t${++teamKey}`,
  user,
  teamRole,
});

export function emptyAccountValues(): AccountFormValues {
  return {
    name: '',
    legalName: '',
    customerNumber: '',
    industryKey: null,
    customerType: null,
    lifecycleStatus: 'prospect',
    isKeyAccount: false,
    keyAccountTier: null,
    contactCadenceDays: '',
    owner: null,
    parent: null,
    street: '',
    postalCode: '',
    city: '',
    countryCode: 'DE',
    region: '',
    language: 'de',
    website: '',
    businessModel: '',
    processes: '',
    team: [],
  };
}

export function accountToValues(account: Account): AccountFormValues {
  return {
    name: account.name,
    legalName: account.legalName ?? '',
    customerNumber: account.customerNumber ?? '',
    industryKey: account.industryKey,
    customerType: account.customerType,
    lifecycleStatus: account.lifecycleStatus,
    isKeyAccount: account.isKeyAccount,
    keyAccountTier: account.keyAccountTier ? String(account.keyAccountTier) : null,
    contactCadenceDays: account.contactCadenceDays ?? '',
    owner: account.owner ? { value: account.owner.id, label: account.owner.name } : null,
    parent: account.parent ? { value: account.parent.id, label: account.parent.name } : null,
    street: account.street ?? '',
    postalCode: account.postalCode ?? '',
    city: account.city ?? '',
    countryCode: account.countryCode,
    region: account.region ?? '',
    language: account.language,
    website: account.website ?? '',
    businessModel: account.businessModel ?? '',
    processes: account.processes ?? '',
    team: account.team.map((member) =>
      newTeamRow({ value: member.userId, label: member.name }, member.teamRole ?? ''),
    ),
  };
}

const text = (value: string): string | null => (value.trim() === '' ? null : value.trim());

/** People type "www.firma.de"; the API wants a full address. */
export function normaliseWebsite(value: string): string | null {
  const trimmed = value.trim();
  if (!trimmed) return null;
  return /^[a-z][a-z0-9+.-]*:\/\//i.test(trimmed) ? trimmed : `https://${trimmed}`;
}

export function valuesToPayload(values: AccountFormValues): AccountCreate {
  return {
    name: values.name.trim(),
    legalName: text(values.legalName),
    customerNumber: text(values.customerNumber),
    industryKey: values.industryKey,
    customerType: values.customerType as AccountCreate['customerType'],
    lifecycleStatus: values.lifecycleStatus as AccountCreate['lifecycleStatus'],
    isKeyAccount: values.isKeyAccount,
    keyAccountTier: values.isKeyAccount && values.keyAccountTier ? Number(values.keyAccountTier) : null,
    contactCadenceDays: values.contactCadenceDays === '' ? null : Number(values.contactCadenceDays),
    ownerId: values.owner?.value ?? null,
    parentId: values.parent?.value ?? null,
    street: text(values.street),
    postalCode: text(values.postalCode),
    city: text(values.city),
    countryCode: values.countryCode,
    region: text(values.region),
    language: values.language,
    website: normaliseWebsite(values.website),
    businessModel: text(values.businessModel),
    processes: text(values.processes),
    team: values.team
      .filter((member) => member.user)
      .map((member) => ({ userId: member.user?.value ?? '', teamRole: text(member.teamRole) })),
  };
}

/** Maps API field paths (ownerId, team.0.userId) to form paths (owner, team.0.user). */
export function toFormPath(path: string): string {
  return path
    .replace(/^ownerId$/, 'owner')
    .replace(/^parentId$/, 'parent')
    .replace(/^team\.(\d+)\.userId$/, 'team.$1.user');
}

export function toFormErrors(errors: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(errors).map(([path, message]) => [toFormPath(path), message]));
}

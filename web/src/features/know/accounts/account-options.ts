import type { TFunction } from 'i18next';
import { customerTypes, lifecycleStatuses } from '#contracts/accounts.ts';

export function customerTypeOptions(t: TFunction) {
  return customerTypes.map((value) => ({ value, label: t(`customerTypes.${value}`) }));
}

export function lifecycleOptions(t: TFunction) {
  return lifecycleStatuses.map((value) => ({ value, label: t(`lifecycle.${value}`) }));
}

export function tierOptions(t: TFunction) {
  return [1, 2, 3].map((tier) => ({ value: String(tier), label: t('accounts.tierOption', { tier }) }));
}

import { NumberInput } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { relationshipSettingsQuery } from '../../../api/contact-cadence.ts';
import type { FormOf } from '../../../components/form-types.ts';
import { useCan } from '../../platform/auth/use-permissions.ts';
import type { AccountFormValues } from './account-form-values.ts';

/** The key account's own contact cadence; left empty, its tier's applies (named when known). */
export function CadenceInput({ form, tier }: { form: FormOf<AccountFormValues>; tier: string | null }) {
  const { t } = useTranslation();
  const can = useCan();
  const { data: settings } = useQuery({ ...relationshipSettingsQuery, enabled: can('relationships:read') });
  const tierDays =
    settings && tier
      ? { 1: settings.tier1CadenceDays, 2: settings.tier2CadenceDays, 3: settings.tier3CadenceDays }[tier]
      : undefined;
  return (
    <NumberInput
      label={t('accounts.cadence')}
      description={
        tierDays ? t('accounts.cadenceTierHint', { count: tierDays, tier }) : t('accounts.cadenceHint')
      }
      min={1}
      max={365}
      allowDecimal={false}
      suffix={` ${t('buyingCentre.days')}`}
      {...form.getInputProps('contactCadenceDays')}
    />
  );
}

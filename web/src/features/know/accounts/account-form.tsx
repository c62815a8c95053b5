import {
  Autocomplete,
  Fieldset,
  Group,
  Select,
  SimpleGrid,
  Stack,
  Switch,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { accountRegionsQuery } from '../../../api/accounts.ts';
import { foldedFilter } from '../../../components/folded-filter.ts';
import { accountOptions, userOptions } from '../../../components/option-sources.ts';
import { RecordForm, type RecordFormProps } from '../../../components/record-form.tsx';
import { RemoteSelect } from '../../../components/remote-select.tsx';
import { countryCodes, languageCodes } from '../../../i18n/countries.ts';
import { countryName, languageName } from '../../../i18n/format.ts';
import type { AccountFormValues } from './account-form-values.ts';
import { customerTypeOptions, lifecycleOptions, tierOptions } from './account-options.ts';
import { CadenceInput } from './cadence-input.tsx';
import { TeamEditor } from './team-editor.tsx';
import { useIndustries } from './use-industries.ts';

interface AccountFormProps extends RecordFormProps<AccountFormValues> {
  /** The account being edited: it cannot be its own parent. */
  accountId?: string;
}

export function AccountForm({ accountId, ...frame }: AccountFormProps) {
  const { form } = frame;
  const { t, i18n } = useTranslation();
  const locale = i18n.language;
  const industries = useIndustries();
  const { data: regions = [] } = useQuery(accountRegionsQuery);
  const values = form.getValues();
  const countries = useMemo(
    () =>
      countryCodes
        .map((code) => ({ value: code, label: countryName(code, locale) }))
        .sort((a, b) => a.label.localeCompare(b.label, locale)),
    [locale],
  );
  const languages = useMemo(
    () => languageCodes.map((code) => ({ value: code, label: languageName(code, locale) })),
    [locale],
  );

  return (
    <RecordForm {...frame}>
      <Fieldset legend={t('accounts.sectionMaster')} radius="md">
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
          <TextInput label={t('fields.name')} required {...form.getInputProps('name')} />
          <TextInput label={t('fields.legalName')} {...form.getInputProps('legalName')} />
          <TextInput
            label={t('fields.customerNumber')}
            description={t('accounts.customerNumberHint')}
            {...form.getInputProps('customerNumber')}
          />
          <Select
            label={t('fields.industry')}
            data={industries.options(values.industryKey)}
            filter={foldedFilter}
            searchable
            clearable
            {...form.getInputProps('industryKey')}
          />
          <Select
            label={t('fields.customerType')}
            data={customerTypeOptions(t)}
            clearable
            {...form.getInputProps('customerType')}
          />
          <Select
            label={t('fields.lifecycleStatus')}
            data={lifecycleOptions(t)}
            allowDeselect={false}
            {...form.getInputProps('lifecycleStatus')}
          />
        </SimpleGrid>
      </Fieldset>

      <Fieldset legend={t('accounts.sectionCare')} radius="md">
        <Stack gap="md">
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
            <Switch
              label={t('fields.isKeyAccount')}
              description={t('accounts.keyAccountHint')}
              {...form.getInputProps('isKeyAccount', { type: 'checkbox' })}
            />
            {values.isKeyAccount ? (
              <Select
                label={t('fields.keyAccountTier')}
                data={tierOptions(t)}
                required
                {...form.getInputProps('keyAccountTier')}
              />
            ) : (
              <div />
            )}
            {values.isKeyAccount ? <CadenceInput form={form} tier={values.keyAccountTier} /> : null}
            <RemoteSelect
              label={t('fields.owner')}
              description={values.isKeyAccount ? t('accounts.ownerHintKey') : t('accounts.ownerHint')}
              {...userOptions}
              value={values.owner?.value ?? null}
              selected={values.owner}
              onChange={(option) => form.setFieldValue('owner', option)}
              error={form.errors.owner}
            />
          </SimpleGrid>
          <TeamEditor form={form} />
        </Stack>
      </Fieldset>

      <Fieldset legend={t('accounts.sectionAddress')} radius="md">
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
          <TextInput label={t('fields.street')} autoComplete="off" {...form.getInputProps('street')} />
          <Group gap="md" align="flex-start" wrap="nowrap">
            <TextInput label={t('fields.postalCode')} w={110} {...form.getInputProps('postalCode')} />
            <TextInput label={t('fields.city')} style={{ flex: 1 }} {...form.getInputProps('city')} />
          </Group>
          <Select
            label={t('fields.country')}
            data={countries}
            searchable
            clearable
            {...form.getInputProps('countryCode')}
          />
          <Autocomplete
            label={t('fields.region')}
            placeholder={t('accounts.regionPlaceholder')}
            data={regions}
            filter={foldedFilter}
            {...form.getInputProps('region')}
          />
          <Select
            label={t('fields.language')}
            description={t('accounts.languageHint')}
            data={languages}
            searchable
            clearable
            {...form.getInputProps('language')}
          />
          <TextInput
            label={t('fields.website')}
            placeholder="https://www.beispiel.de"
            inputMode="url"
            {...form.getInputProps('website')}
          />
        </SimpleGrid>
      </Fieldset>

      <Fieldset legend={t('accounts.sectionGroup')} radius="md">
        <RemoteSelect
          label={t('fields.parent')}
          description={t('accounts.parentHint')}
          {...accountOptions}
          exclude={accountId ? [accountId] : undefined}
          value={values.parent?.value ?? null}
          selected={values.parent}
          onChange={(option) => form.setFieldValue('parent', option)}
          error={form.errors.parent}
        />
      </Fieldset>

      <Fieldset legend={t('accounts.sectionBusiness')} radius="md">
        <Stack gap="md">
          <Textarea
            label={t('fields.businessModel')}
            description={t('accounts.businessModelHint')}
            autosize
            minRows={3}
            maxRows={12}
            {...form.getInputProps('businessModel')}
          />
          <Textarea
            label={t('fields.processes')}
            description={t('accounts.processesHint')}
            autosize
            minRows={3}
            maxRows={12}
            {...form.getInputProps('processes')}
          />
        </Stack>
      </Fieldset>
    </RecordForm>
  );
}

import { Alert, NumberInput, Select, type SelectProps, SimpleGrid, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ImportFormat, SettingsOverrides } from '../../../api/imports.ts';
import { descriptionBelow } from '../../../components/description-below.ts';
import { SectionCard } from '../../../components/section-card.tsx';
import { decisionTexts } from './decision-text.ts';
import {
  currencies,
  dateFormatOptions,
  decimalOptions,
  delimiterOptions,
  encodingOptions,
} from './format-options.ts';
import type { ImportSetupState } from './use-import-setup.ts';

type ChoiceKey = 'encoding' | 'delimiter' | 'decimalStyle' | 'dateFormat';

const highlight = { input: { borderColor: 'var(--mantine-color-orange-6)', borderWidth: 2 } };

/** What Kontor detected about the file, why, and a way to change each setting. */
export function FormatSettings({ format, setup }: { format: ImportFormat; setup: ImportSetupState }) {
  const { t } = useTranslation();
  const { overrides, setOverride } = setup;
  const settings = format.settings;
  const reasons = decisionTexts(t, format, overrides);
  const dateAmbiguous = format.decisions.dateFormat.ambiguous && overrides.dateFormat === undefined;

  /** One detected setting: the value in force (the user's or the detected one) and why. */
  const choice = (key: ChoiceKey, data: SelectProps['data'], detected: string, props?: SelectProps) => (
    <Select
      label={t(`imports.settings.${key}`)}
      description={reasons[key]}
      data={data}
      value={overrides[key] ?? detected}
      onChange={(value) => value && setOverride(key, value as SettingsOverrides[ChoiceKey])}
      allowDeselect={false}
      {...descriptionBelow}
      {...props}
    />
  );

  return (
    <SectionCard title={t('imports.settings.title')} description={t('imports.settings.description')}>
      <Stack gap="md">
        {dateAmbiguous ? (
          <Alert
            color="orange"
            variant="light"
            title={t('imports.settings.dateAmbiguousTitle')}
            data-testid="date-ambiguous"
          >
            {t('imports.settings.dateAmbiguous')}
          </Alert>
        ) : null}
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md" verticalSpacing="lg">
          {settings.kind === 'csv' ? (
            <>
              {choice('encoding', encodingOptions(t), settings.encoding)}
              {choice('delimiter', delimiterOptions(t), settings.delimiter)}
            </>
          ) : null}
          <NumberInput
            label={t('imports.settings.headerRow')}
            description={reasons.headerRow}
            min={1}
            max={1000}
            allowDecimal={false}
            value={overrides.headerRowNumber ?? settings.headerRowNumber}
            onChange={(value) => typeof value === 'number' && setOverride('headerRowNumber', value)}
            {...descriptionBelow}
          />
          {choice('decimalStyle', decimalOptions(t), settings.decimalStyle)}
          {choice('dateFormat', dateFormatOptions(t), settings.dateFormat, {
            styles: dateAmbiguous ? highlight : undefined,
          })}
          {setup.mapping.currency ? null : (
            <Select
              label={t('imports.settings.currency')}
              description={t('imports.settings.currencyHint')}
              data={currencies}
              value={setup.currency}
              onChange={(value) => value && setup.setCurrency(value)}
              allowDeselect={false}
              {...descriptionBelow}
            />
          )}
        </SimpleGrid>
      </Stack>
    </SectionCard>
  );
}

import { NumberInput, SimpleGrid } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { portfolioApi, portfolioSettingsQuery } from '../../../api/portfolio.ts';
import type { PortfolioSettings } from '../../../api/types.ts';
import { CardForm } from '../../../components/card-form.tsx';
import { descriptionBelow, percentSuffix } from '../../../components/description-below.ts';
import { ListState } from '../../../components/list-state.tsx';
import { Field, SectionCard } from '../../../components/section-card.tsx';
import { useSettingsEditor } from '../../../components/use-settings-editor.ts';
import { useFormat } from '../../../i18n/format.ts';
import { useCan } from '../../platform/auth/use-permissions.ts';

interface SettingsValues {
  abcThresholdA: number | string;
  abcThresholdB: number | string;
  keyAccountsPerKam: number | string;
}

const percent = (share: number) => Math.round(share * 1000) / 10;

const toValues = (settings: PortfolioSettings): SettingsValues => ({
  abcThresholdA: percent(settings.abcThresholdA),
  abcThresholdB: percent(settings.abcThresholdB),
  keyAccountsPerKam: settings.keyAccountsPerKam,
});

const toPayload = (values: SettingsValues) => ({
  abcThresholdA: Math.round(Number(values.abcThresholdA) * 10) / 1000,
  abcThresholdB: Math.round(Number(values.abcThresholdB) * 10) / 1000,
  keyAccountsPerKam: Number(values.keyAccountsPerKam),
});

/** The ABC thresholds and the key accounts per KAM: editable by heads of sales, read by others. */
export function PortfolioSettingsCard() {
  const { t } = useTranslation();
  const format = useFormat();
  const can = useCan();
  const query = useQuery(portfolioSettingsQuery);
  return (
    <SectionCard title={t('keyAccounts.settings.title')} description={t('keyAccounts.settings.description')}>
      <ListState pending={query.isPending} error={query.error} height={120} />
      {query.data ? (
        can('portfolio:decide') ? (
          <SettingsForm settings={query.data} />
        ) : (
          <SimpleGrid cols={3}>
            <Field label={t('keyAccounts.settings.a')}>{format.percentShort(query.data.abcThresholdA)}</Field>
            <Field label={t('keyAccounts.settings.b')}>{format.percentShort(query.data.abcThresholdB)}</Field>
            <Field label={t('keyAccounts.settings.limit')}>{query.data.keyAccountsPerKam}</Field>
          </SimpleGrid>
        )
      ) : null}
    </SectionCard>
  );
}

function SettingsForm({ settings }: { settings: PortfolioSettings }) {
  const { t, i18n } = useTranslation();
  const queryClient = useQueryClient();
  const decimalSeparator = i18n.language === 'en' ? '.' : ',';
  const form = useForm<SettingsValues>({
    initialValues: toValues(settings),
    validate: {
      abcThresholdA: (value, values) =>
        !(Number(value) > 0 && Number(value) < 100)
          ? t('keyAccounts.settings.range')
          : Number(value) >= Number(values.abcThresholdB)
            ? t('fieldCodes.threshold_order')
            : null,
      abcThresholdB: (value) =>
        Number(value) > 0 && Number(value) <= 100 ? null : t('keyAccounts.settings.range'),
      keyAccountsPerKam: (value) =>
        Number.isInteger(Number(value)) && Number(value) >= 1 && Number(value) <= 200
          ? null
          : t('keyAccounts.settings.limitRange'),
    },
  });
  const editor = useSettingsEditor({
    settings,
    form,
    toValues,
    toPayload,
    query: portfolioSettingsQuery,
    update: portfolioApi.updateSettings,
    onSaved: () => queryClient.invalidateQueries({ queryKey: ['portfolio'] }),
  });
  const percentInput = {
    min: 1,
    max: 100,
    step: 5,
    decimalScale: 1,
    decimalSeparator,
    suffix: percentSuffix(i18n.language),
    ...descriptionBelow,
  };
  return (
    <>
      <CardForm
        form={form}
        {...editor.formProps}
        submitLabel={t('actions.save')}
        success={editor.saved ? t('keyAccounts.settings.saved') : null}
      >
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <NumberInput
            label={t('keyAccounts.settings.a')}
            description={t('keyAccounts.settings.aHint')}
            {...percentInput}
            {...form.getInputProps('abcThresholdA')}
          />
          <NumberInput
            label={t('keyAccounts.settings.b')}
            description={t('keyAccounts.settings.bHint')}
            {...percentInput}
            {...form.getInputProps('abcThresholdB')}
          />
          <NumberInput
            label={t('keyAccounts.settings.limit')}
            description={t('keyAccounts.settings.limitHint')}
            min={1}
            max={200}
            allowDecimal={false}
            {...descriptionBelow}
            {...form.getInputProps('keyAccountsPerKam')}
          />
        </SimpleGrid>
      </CardForm>
      {editor.dialog}
    </>
  );
}

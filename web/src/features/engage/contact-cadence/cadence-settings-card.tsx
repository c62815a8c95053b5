import { NumberInput, Select, SimpleGrid } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { cadenceApi, relationshipSettingsQuery } from '../../../api/contact-cadence.ts';
import type { RelationshipSettings } from '../../../api/relationship-types.ts';
import { CardForm } from '../../../components/card-form.tsx';
import { descriptionBelow } from '../../../components/description-below.ts';
import { ListState } from '../../../components/list-state.tsx';
import { SectionCard } from '../../../components/section-card.tsx';
import { useSettingsEditor } from '../../../components/use-settings-editor.ts';
import { useRelationshipsWritten } from '../relationships/use-relationships-written.ts';

interface Values {
  tier1CadenceDays: number | string;
  tier2CadenceDays: number | string;
  tier3CadenceDays: number | string;
  timeZone: string;
}

const toValues = (settings: RelationshipSettings): Values => ({
  tier1CadenceDays: settings.tier1CadenceDays,
  tier2CadenceDays: settings.tier2CadenceDays,
  tier3CadenceDays: settings.tier3CadenceDays,
  timeZone: settings.timeZone,
});

const toPayload = (values: Values) => ({
  tier1CadenceDays: Number(values.tier1CadenceDays),
  tier2CadenceDays: Number(values.tier2CadenceDays),
  tier3CadenceDays: Number(values.tier3CadenceDays),
  timeZone: values.timeZone,
});

const tiers = [1, 2, 3] as const;

/** How often each key-account tier should hear from us, and the time zone the days are counted in. */
export function CadenceSettingsCard() {
  const { t } = useTranslation();
  const query = useQuery(relationshipSettingsQuery);
  return (
    <SectionCard title={t('cadence.settings.title')} description={t('cadence.settings.description')}>
      <ListState pending={query.isPending} error={query.error} height={120} />
      {query.data ? <SettingsForm settings={query.data} /> : null}
    </SectionCard>
  );
}

function SettingsForm({ settings }: { settings: RelationshipSettings }) {
  const { t } = useTranslation();
  const written = useRelationshipsWritten();
  const zones = useMemo(() => Intl.supportedValuesOf('timeZone'), []);
  const inRange = (value: number | string) =>
    Number.isInteger(Number(value)) && Number(value) >= 1 && Number(value) <= 365
      ? null
      : t('cadence.settings.range');
  const form = useForm<Values>({
    initialValues: toValues(settings),
    validate: {
      tier1CadenceDays: inRange,
      tier2CadenceDays: inRange,
      tier3CadenceDays: inRange,
      timeZone: (value) => (value ? null : t('validation.required')),
    },
  });
  const editor = useSettingsEditor({
    settings,
    form,
    toValues,
    toPayload,
    query: relationshipSettingsQuery,
    update: cadenceApi.updateSettings,
    onSaved: () => written(),
  });
  return (
    <>
      <CardForm
        form={form}
        {...editor.formProps}
        submitLabel={t('actions.save')}
        success={editor.saved ? t('cadence.settings.saved') : null}
      >
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          {tiers.map((tier) => (
            <NumberInput
              key={tier}
              label={t('cadence.settings.tier', { tier })}
              description={t('cadence.settings.tierHint')}
              min={1}
              max={365}
              allowDecimal={false}
              suffix={` ${t('buyingCentre.days')}`}
              {...descriptionBelow}
              {...form.getInputProps(`tier${tier}CadenceDays`)}
            />
          ))}
        </SimpleGrid>
        <Select
          label={t('cadence.settings.timeZone')}
          description={t('cadence.settings.timeZoneHint')}
          data={zones}
          searchable
          allowDeselect={false}
          {...form.getInputProps('timeZone')}
        />
      </CardForm>
      {editor.dialog}
    </>
  );
}

import { Alert, Button, Select, SimpleGrid, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useDisclosure } from '@mantine/hooks';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  type ColumnMapping,
  type ImportPreset,
  importPresetsQuery,
  importsApi,
  type PreviewRow,
} from '../../../api/imports.ts';
import { descriptionBelow } from '../../../components/description-below.ts';
import { FormDialog } from '../../../components/form-dialog.tsx';
import { SectionCard } from '../../../components/section-card.tsx';
import { isRequiredField, mappingFields } from './format-options.ts';
import type { ImportSetupState } from './use-import-setup.ts';

/** Which file column feeds which field; pre-filled from the suggestion or a saved preset. */
export function ColumnMappingCard({ setup, sample }: { setup: ImportSetupState; sample?: PreviewRow }) {
  const { t } = useTranslation();
  const [saving, { open, close }] = useDisclosure(false);
  // A preset names columns this file lacks: say so once.
  const [missing, setMissing] = useState<{ name: string; count: number } | null>(null);
  const headers = [...new Set(setup.headers.map((header) => header.trim()).filter(Boolean))];
  const sampleOf = (header: string | undefined) => {
    if (!header || !sample) return null;
    const value = sample.cells[setup.headers.findIndex((h) => h.trim() === header)]?.trim();
    return value ? t('imports.mapping.sample', { value }) : null;
  };
  return (
    <SectionCard
      title={t('imports.mapping.title')}
      description={t('imports.mapping.description')}
      actions={
        <>
          <PresetPicker
            onApply={(preset) => {
              const count = setup.applyPreset(preset.mapping);
              setMissing(count > 0 ? { name: preset.name, count } : null);
            }}
          />
          <Button variant="default" onClick={open}>
            {t('imports.mapping.savePreset')}
          </Button>
        </>
      }
    >
      {missing ? (
        <Alert color="orange" variant="light" mb="md" withCloseButton onClose={() => setMissing(null)}>
          {t('imports.mapping.presetColumnsMissing', missing)}
        </Alert>
      ) : null}
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="md" verticalSpacing="md">
        {mappingFields.map((field) => {
          const required = isRequiredField(field);
          const value = setup.mapping[field] ?? null;
          return (
            <Select
              key={field}
              label={t(`imports.fields.${field}`)}
              placeholder={required ? t('imports.mapping.choose') : t('imports.mapping.notInFile')}
              required={required}
              data={headers}
              value={value}
              onChange={(header) => setup.setField(field, header)}
              searchable
              clearable={!required}
              nothingFoundMessage={t('common.nothingFound')}
              description={sampleOf(value ?? undefined)}
              {...descriptionBelow}
              error={setup.missing.includes(field) ? t('imports.mapping.requiredMissing') : undefined}
            />
          );
        })}
      </SimpleGrid>
      <SavePresetDialog opened={saving} onClose={close} mapping={setup.mapping} />
    </SectionCard>
  );
}

function PresetPicker({ onApply }: { onApply: (preset: ImportPreset) => void }) {
  const { t } = useTranslation();
  const { data: presets = [] } = useQuery(importPresetsQuery);
  if (presets.length === 0) return null;
  return (
    <Select
      aria-label={t('imports.mapping.applyPreset')}
      placeholder={t('imports.mapping.applyPreset')}
      data={presets.map((preset) => ({ value: preset.id, label: preset.name }))}
      value={null}
      onChange={(id) => {
        const preset = presets.find((entry) => entry.id === id);
        if (preset) onApply(preset);
      }}
      w={220}
    />
  );
}

function SavePresetDialog({
  opened,
  onClose,
  mapping,
}: {
  opened: boolean;
  onClose: () => void;
  mapping: ColumnMapping;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const form = useForm({
    initialValues: { name: '' },
    validate: { name: (value) => (value.trim() ? null : t('validation.required')) },
  });
  return (
    <FormDialog
      opened={opened}
      onClose={onClose}
      title={t('imports.mapping.savePresetTitle')}
      form={form}
      submitLabel={t('imports.mapping.savePresetSubmit')}
      submit={async (values) => {
        const preset = await importsApi.savePreset({ name: values.name.trim(), mapping });
        await queryClient.invalidateQueries({ queryKey: importPresetsQuery.queryKey });
        return preset;
      }}
    >
      <TextInput
        label={t('imports.mapping.presetName')}
        description={t('imports.mapping.presetNameHint')}
        placeholder="DATEV"
        required
        data-autofocus
        {...form.getInputProps('name')}
      />
    </FormDialog>
  );
}

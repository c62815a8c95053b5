import { TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { zLine } from '#contracts/common.ts';
import { industriesApi, industriesQuery } from '../../../api/industries.ts';
import type { Industry } from '../../../api/types.ts';
import { FormDialog } from '../../../components/form-dialog.tsx';
import { validateWith } from '../../../components/form-errors.ts';
import { uniqueKey } from './industry-key.ts';

interface IndustryValues {
  labelDe: string;
  labelEn: string;
}

const ZIndustryLabels = z.object({ labelDe: zLine(100), labelEn: zLine(100) });

interface IndustryDialogProps {
  /** The industry to rename; none to add a new one. */
  industry: Industry | null;
  industries: Industry[];
  opened: boolean;
  onClose: () => void;
}

/** Add an industry or rename one, in German and English. */
export function IndustryDialog({ industry, industries, opened, onClose }: IndustryDialogProps) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const form = useForm<IndustryValues>({
    initialValues: { labelDe: industry?.labelDe ?? '', labelEn: industry?.labelEn ?? '' },
    validate: (values) => {
      const errors = validateWith(t, ZIndustryLabels, values) ?? {};
      const name = values.labelDe.trim().toLowerCase();
      const twin = industries.find(
        (other) => other.key !== industry?.key && other.labelDe.toLowerCase() === name,
      );
      if (twin && !errors.labelDe)
        errors.labelDe = twin.archived ? t('industries.existsArchived') : t('industries.exists');
      return errors;
    },
  });
  const save = async (values: IndustryValues) => {
    const labels = { labelDe: values.labelDe.trim(), labelEn: values.labelEn.trim() };
    const saved = industry
      ? await industriesApi.update(industry.key, { ...labels, version: industry.version })
      : await industriesApi.create({ key: uniqueKey(labels.labelDe, industries), ...labels });
    await queryClient.invalidateQueries({ queryKey: industriesQuery.queryKey });
    return saved;
  };
  return (
    <FormDialog
      opened={opened}
      onClose={onClose}
      title={industry ? t('industries.renameTitle', { name: industry.labelDe }) : t('industries.add')}
      form={form}
      submit={save}
      submitLabel={industry ? t('actions.save') : t('industries.addSubmit')}
      // The key is made from the German name: taken means the name is.
      toFormErrors={({ key, ...errors }) => (key ? { ...errors, labelDe: t('industries.exists') } : errors)}
    >
      <TextInput
        label={t('industries.labelDe')}
        placeholder={t('industries.labelDePlaceholder')}
        required
        data-autofocus
        {...form.getInputProps('labelDe')}
      />
      <TextInput
        label={t('industries.labelEn')}
        placeholder={t('industries.labelEnPlaceholder')}
        required
        {...form.getInputProps('labelEn')}
      />
    </FormDialog>
  );
}

import { SimpleGrid, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ZReviewCreate } from '#contracts/selection-matrix.ts';
import { portfolioApi } from '../../../api/portfolio.ts';
import type { Review } from '../../../api/types.ts';
import { DayInput } from '../../../components/day-input.tsx';
import { FormDialog } from '../../../components/form-dialog.tsx';
import { validateWith } from '../../../components/form-errors.ts';
import { lastTwelveMonths } from '../portfolio/period-picker.tsx';

interface ReviewValues {
  name: string;
  from: string | null;
  to: string | null;
}

/** "Neue Bewertungsrunde": a name and the period whose revenue the computed criteria use. */
export function ReviewDialog({
  opened,
  onClose,
  onCreated,
}: {
  opened: boolean;
  onClose: () => void;
  onCreated: (review: Review) => void;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [defaultFrom, defaultTo] = lastTwelveMonths();
  const form = useForm<ReviewValues>({
    initialValues: { name: '', from: defaultFrom, to: defaultTo },
    validate: (values) => {
      const errors: Record<string, string> = {};
      if (!values.from) errors.from = t('validation.required');
      if (!values.to) errors.to = t('validation.required');
      const checked = validateWith(t, ZReviewCreate, { ...values, name: values.name.trim() }) ?? {};
      return { ...checked, ...errors };
    },
  });
  return (
    <FormDialog
      opened={opened}
      onClose={onClose}
      title={t('matrix.review.new')}
      form={form}
      submitLabel={t('matrix.review.create')}
      submit={async (values) => {
        const review = await portfolioApi.createReview({
          name: values.name.trim(),
          from: values.from ?? '',
          to: values.to ?? '',
        });
        await queryClient.invalidateQueries({ queryKey: ['portfolio'] });
        onCreated(review);
        return review;
      }}
    >
      <TextInput
        label={t('matrix.review.name')}
        description={t('matrix.review.nameHint')}
        required
        data-autofocus
        {...form.getInputProps('name')}
      />
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        {(['from', 'to'] as const).map((field) => (
          <DayInput
            key={field}
            label={t(`matrix.review.${field}`)}
            required
            value={form.values[field]}
            onChange={(day) => form.setFieldValue(field, day)}
            error={form.errors[field]}
          />
        ))}
      </SimpleGrid>
    </FormDialog>
  );
}

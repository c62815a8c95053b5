import { MultiSelect, SimpleGrid, Textarea } from '@mantine/core';
import { TimeInput } from '@mantine/dates';
import { useTranslation } from 'react-i18next';
import { DayInput } from '../../../components/day-input.tsx';
import type { FormOf } from '../../../components/form-types.ts';
import type { Option } from '../../../components/remote-select.tsx';

/** What every logged conversation says: when it was, what was said, whom of the customer we met. */
export interface ConversationValues {
  day: string | null;
  time: string;
  summary: string;
  contactIds: string[];
}

interface ConversationFieldsProps<V extends ConversationValues> {
  form: FormOf<V>;
  labels: { day: string; summary: string; contacts: string };
  summaryPlaceholder?: string;
  people: Option[];
}

export function ConversationFields<V extends ConversationValues>({
  form,
  labels,
  summaryPlaceholder,
  people,
}: ConversationFieldsProps<V>) {
  const { t } = useTranslation();
  return (
    <>
      <SimpleGrid cols={{ base: 1, xs: 2 }}>
        <DayInput
          label={labels.day}
          required
          {...form.getInputProps('day')}
          value={form.getValues().day}
          onChange={(day) => form.getInputProps('day').onChange(day)}
        />
        <TimeInput label={t('interactions.time')} {...form.getInputProps('time')} />
      </SimpleGrid>
      <Textarea
        label={labels.summary}
        placeholder={summaryPlaceholder}
        required
        autosize
        minRows={3}
        maxRows={10}
        data-autofocus
        {...form.getInputProps('summary')}
      />
      <MultiSelect
        label={labels.contacts}
        data={people}
        searchable
        clearable
        nothingFoundMessage={t('common.nothingFound')}
        {...form.getInputProps('contactIds')}
      />
    </>
  );
}

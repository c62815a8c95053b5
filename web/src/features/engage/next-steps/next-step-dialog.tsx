import { SimpleGrid, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { nextStepsApi } from '../../../api/next-steps.ts';
import { DayInput } from '../../../components/day-input.tsx';
import { FormDialog } from '../../../components/form-dialog.tsx';
import { userOptions } from '../../../components/option-sources.ts';
import { type Option, RemoteSelect } from '../../../components/remote-select.tsx';
import { addDays, today } from '../../../i18n/days.ts';
import { useMe } from '../relationships/use-me.ts';
import { useRelationshipsWritten } from '../relationships/use-relationships-written.ts';

interface Values {
  title: string;
  owner: Option | null;
  dueOn: string | null;
  notes: string;
}

/** A next step for an account outside a logged conversation: a promise, an owner, a day. */
export function NextStepDialog({ accountId, onClose }: { accountId: string; onClose: () => void }) {
  const { t } = useTranslation();
  const me = useMe();
  const written = useRelationshipsWritten();
  const form = useForm<Values>({
    initialValues: {
      title: '',
      owner: me ? { value: me.id, label: me.name } : null,
      dueOn: addDays(today(), 7),
      notes: '',
    },
    validate: {
      title: (value) => (value.trim() ? null : t('validation.required')),
      owner: (value) => (value ? null : t('nextSteps.ownerRequired')),
      dueOn: (value) => (value ? null : t('validation.required')),
    },
  });
  const values = form.getValues();
  return (
    <FormDialog
      opened
      onClose={onClose}
      title={t('nextSteps.new')}
      form={form}
      submitLabel={t('nextSteps.create')}
      toFormErrors={({ ownerId, ...errors }) => ({ ...errors, ...(ownerId ? { owner: ownerId } : {}) })}
      submit={async (submitted) => {
        const step = await nextStepsApi.create({
          accountId,
          title: submitted.title.trim(),
          ownerId: submitted.owner?.value ?? '',
          dueOn: submitted.dueOn ?? '',
          notes: submitted.notes.trim() || undefined,
        });
        await written();
        return step;
      }}
    >
      <TextInput label={t('nextSteps.titleField')} required data-autofocus {...form.getInputProps('title')} />
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <RemoteSelect
          label={t('nextSteps.owner')}
          description={t('nextSteps.ownerHint')}
          required
          {...userOptions}
          value={values.owner?.value ?? null}
          selected={values.owner}
          onChange={(owner) => form.setFieldValue('owner', owner)}
          error={form.errors.owner}
        />
        <DayInput
          label={t('nextSteps.due')}
          required
          value={values.dueOn}
          onChange={(dueOn) => form.setFieldValue('dueOn', dueOn)}
          error={form.errors.dueOn}
        />
      </SimpleGrid>
      <Textarea label={t('fields.notes')} autosize minRows={2} maxRows={6} {...form.getInputProps('notes')} />
    </FormDialog>
  );
}

import { Fieldset, SimpleGrid, Stack, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import type { Sentiment, Visit } from '../../../api/relationship-types.ts';
import { visitsApi } from '../../../api/visits.ts';
import { FormDialog } from '../../../components/form-dialog.tsx';
import { SegmentedField } from '../../../components/segmented-field.tsx';
import { isoDay, momentOf, timeOf } from '../../../i18n/days.ts';
import { ConversationFields } from '../interactions/conversation-fields.tsx';
import { conversationFormErrors } from '../interactions/conversation-form-errors.ts';
import { sentimentOptions } from '../interactions/interaction-options.ts';
import { NextStepFields } from '../next-steps/next-step-fields.tsx';
import { type NextStepRow, nextStepErrors, toDrafts } from '../next-steps/next-step-rows.ts';
import { useAccountPeople } from '../relationships/use-account-people.ts';
import { useRelationshipsWritten } from '../relationships/use-relationships-written.ts';

interface Values {
  summary: string;
  outcome: string;
  sentiment: Sentiment | '';
  rating: string;
  day: string | null;
  time: string;
  contactIds: string[];
  feedback: string[];
  nextSteps: NextStepRow[];
}

const NONE = '–';

/**
 * After the visit: what happened, the customer's feedback on each topic presented, a rating and
 * the next steps agreed. Saved, it is the interaction that counts as contact.
 */
export function ReportDialog({ visit, onClose }: { visit: Visit; onClose: () => void }) {
  const { t } = useTranslation();
  const written = useRelationshipsWritten();
  const people = useAccountPeople(visit.account.id);
  const start = new Date(visit.startsAt);
  const form = useForm<Values>({
    initialValues: {
      summary: '',
      outcome: '',
      sentiment: '',
      rating: NONE,
      day: isoDay(start),
      time: timeOf(start),
      contactIds: visit.contacts.map((contact) => contact.id),
      feedback: visit.topics.map(() => ''),
      nextSteps: [],
    },
    validate: (values) => {
      const errors = nextStepErrors(t, values.nextSteps);
      if (!values.summary.trim()) errors.summary = t('validation.required');
      if (!values.day) errors.day = t('validation.required');
      return errors;
    },
  });
  const values = form.getValues();
  // Visit contacts may have left the account meanwhile; they stay choosable for the report.
  const contactOptions = [
    ...people,
    ...visit.contacts
      .filter((contact) => !people.some((person) => person.value === contact.id))
      .map((contact) => ({ value: contact.id, label: contact.name })),
  ];
  return (
    <FormDialog
      opened
      onClose={onClose}
      title={t('visits.reportTitle', { title: visit.title })}
      form={form}
      submitLabel={t('visits.saveReport')}
      toFormErrors={(errors) =>
        conversationFormErrors(errors, (path) => path.replace(/^feedback\.(\d+)\.feedback$/, 'feedback.$1'))
      }
      submit={async (submitted) => {
        const result = await visitsApi.report(visit.id, {
          summary: submitted.summary.trim(),
          outcome: submitted.outcome.trim() || null,
          sentiment: submitted.sentiment || null,
          rating: submitted.rating === NONE ? null : Number(submitted.rating),
          occurredAt: momentOf(submitted.day ?? '', submitted.time || '00:00').toISOString(),
          contactIds: submitted.contactIds,
          feedback: visit.topics.map((topic, index) => ({
            topic,
            feedback: submitted.feedback[index]?.trim() ?? '',
          })),
          nextSteps: toDrafts(submitted.nextSteps),
          version: visit.version,
        });
        await written();
        return result;
      }}
    >
      <ConversationFields
        form={form}
        labels={{
          day: t('visits.reportDay'),
          summary: t('visits.reportSummary'),
          contacts: t('visits.reportContacts'),
        }}
        people={contactOptions}
      />
      {visit.topics.length > 0 ? (
        <Fieldset legend={t('visits.feedback')} radius="md">
          <Stack gap="sm">
            {visit.topics.map((topic, index) => (
              <Textarea
                key={topic}
                label={t('visits.feedbackOn', { topic })}
                autosize
                minRows={2}
                maxRows={6}
                {...form.getInputProps(`feedback.${index}`)}
              />
            ))}
          </Stack>
        </Fieldset>
      ) : null}
      <Textarea
        label={t('interactions.outcome')}
        autosize
        minRows={2}
        maxRows={6}
        {...form.getInputProps('outcome')}
      />
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <SegmentedField
          label={t('interactions.sentiment')}
          size="xs"
          data={[{ value: '', label: t('interactions.noSentiment') }, ...sentimentOptions(t)]}
          {...form.getInputProps('sentiment')}
        />
        <SegmentedField
          label={t('visits.rating')}
          size="xs"
          data={[NONE, '1', '2', '3', '4', '5']}
          {...form.getInputProps('rating')}
        />
      </SimpleGrid>
      <NextStepFields
        value={values.nextSteps}
        onChange={(rows) => form.setFieldValue('nextSteps', rows)}
        errors={form.errors}
      />
    </FormDialog>
  );
}

import { Button, Collapse, Group, Select, SimpleGrid, Stack, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useDisclosure } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { OCCURRED_AT_MAX_AHEAD_MS } from '#contracts/interactions.ts';
import { interactionsApi } from '../../../api/interactions.ts';
import type {
  Channel,
  Interaction,
  InteractionCreate,
  InteractionKind,
  Ref,
  Sentiment,
} from '../../../api/relationship-types.ts';
import { changedFields } from '../../../components/changed-fields.ts';
import { FormDialog } from '../../../components/form-dialog.tsx';
import { userOptions } from '../../../components/option-sources.ts';
import { type Option, RemoteMultiSelect } from '../../../components/remote-select.tsx';
import { SegmentedField } from '../../../components/segmented-field.tsx';
import { isoDay, momentOf, timeOf } from '../../../i18n/days.ts';
import { NextStepFields } from '../next-steps/next-step-fields.tsx';
import { type NextStepRow, nextStepErrors, toDrafts } from '../next-steps/next-step-rows.ts';
import { useAccountPeople } from '../relationships/use-account-people.ts';
import { useMe } from '../relationships/use-me.ts';
import { useRelationshipsWritten } from '../relationships/use-relationships-written.ts';
import { ConversationFields } from './conversation-fields.tsx';
import { conversationFormErrors } from './conversation-form-errors.ts';
import { channelOptions, defaultChannel, kindOptions, sentimentOptions } from './interaction-options.ts';

interface Values {
  accountId: string | null;
  kind: InteractionKind;
  channel: Channel;
  day: string | null;
  time: string;
  summary: string;
  outcome: string;
  sentiment: Sentiment | '';
  contactIds: string[];
  participants: Option[];
  nextSteps: NextStepRow[];
}

export interface InteractionDialogProps {
  kind: InteractionKind;
  /** The account it is logged for; from a contact's page, one of the contact's accounts. */
  accounts: Ref[];
  /** The person whose page it was logged from: met, unless the user says otherwise. */
  contact?: Ref;
  /** A logged interaction to correct; its next steps are kept and managed on their own. */
  interaction?: Interaction;
  onClose: () => void;
}

function toPayload(values: Values): InteractionCreate {
  return {
    accountId: values.accountId ?? '',
    kind: values.kind,
    channel: values.channel,
    occurredAt: momentOf(values.day ?? '', values.time || '00:00').toISOString(),
    summary: values.summary.trim(),
    outcome: values.outcome.trim() || null,
    sentiment: values.sentiment || null,
    contactIds: values.contactIds,
    participantIds: values.participants.map((option) => option.value),
    nextSteps: toDrafts(values.nextSteps),
  };
}

const toFormErrors = (errors: Record<string, string>) =>
  conversationFormErrors(errors, (path) => path.replace(/^participantIds(\.\d+)?$/, 'participants'));

function valuesOf(interaction: Interaction): Values {
  const at = new Date(interaction.occurredAt);
  return {
    accountId: interaction.account.id,
    kind: interaction.kind,
    channel: interaction.channel,
    day: isoDay(at),
    time: timeOf(at),
    summary: interaction.summary,
    outcome: interaction.outcome ?? '',
    sentiment: interaction.sentiment ?? '',
    contactIds: interaction.contacts.map((person) => person.id),
    participants: interaction.participants.map((user) => ({ value: user.id, label: user.name })),
    nextSteps: [],
  };
}

/**
 * Logging a contact: the quick part (kind, when, summary, who was there) is enough; "more
 * details" opens channel, outcome, sentiment, our participants and the next steps agreed. With
 * `interaction`, the same form corrects a logged one.
 */
export function InteractionDialog({ kind, accounts, contact, interaction, onClose }: InteractionDialogProps) {
  const { t } = useTranslation();
  const me = useMe();
  const written = useRelationshipsWritten();
  const [more, { toggle }] = useDisclosure(false);
  const now = new Date();
  const form = useForm<Values>({
    initialValues: interaction
      ? valuesOf(interaction)
      : {
          accountId: accounts[0]?.id ?? null,
          kind,
          channel: defaultChannel(kind),
          day: isoDay(now),
          time: timeOf(now),
          summary: '',
          outcome: '',
          sentiment: '',
          contactIds: contact ? [contact.id] : [],
          participants: me ? [{ value: me.id, label: me.name }] : [],
          nextSteps: [],
        },
    validate: (values) => {
      const errors: Record<string, string> = nextStepErrors(t, values.nextSteps);
      if (!values.accountId) errors.accountId = t('validation.required');
      if (!values.summary.trim()) errors.summary = t('validation.required');
      if (!values.day) errors.day = t('validation.required');
      else if (momentOf(values.day, values.time || '00:00').getTime() > Date.now() + OCCURRED_AT_MAX_AHEAD_MS)
        errors.day = t('interactions.futureNotAllowed');
      return errors;
    },
  });
  const values = form.getValues();
  const people = useAccountPeople(values.accountId);

  return (
    <FormDialog
      opened
      onClose={onClose}
      title={interaction ? t('interactions.editTitle') : t('interactions.logTitle')}
      form={form}
      submitLabel={t('actions.save')}
      toFormErrors={toFormErrors}
      submit={async (submitted) => {
        const saved = interaction
          ? await interactionsApi.update(interaction.id, {
              version: interaction.version,
              // Only what changed: an untouched list is not sent again (and not checked again).
              ...changedFields(toPayload(submitted), toPayload(valuesOf(interaction))),
            })
          : await interactionsApi.create(toPayload(submitted));
        await written();
        return saved;
      }}
    >
      {accounts.length > 1 ? (
        <Select
          label={t('interactions.account')}
          data={accounts.map((account) => ({ value: account.id, label: account.name }))}
          allowDeselect={false}
          required
          {...form.getInputProps('accountId')}
        />
      ) : null}
      <Select
        label={t('interactions.kind')}
        data={kindOptions(t)}
        allowDeselect={false}
        {...form.getInputProps('kind')}
        onChange={(next) => {
          if (!next) return;
          form.setFieldValue('kind', next as InteractionKind);
          form.setFieldValue('channel', defaultChannel(next as InteractionKind));
        }}
      />
      <ConversationFields
        form={form}
        labels={{
          day: t('interactions.day'),
          summary: t('interactions.summary'),
          contacts: t('interactions.contacts'),
        }}
        summaryPlaceholder={t(`interactions.summaryPlaceholder.${values.kind}`)}
        people={people}
      />
      <Group>
        <Button variant="subtle" size="xs" onClick={toggle} aria-expanded={more}>
          {more ? t('interactions.lessDetails') : t('interactions.moreDetails')}
        </Button>
      </Group>
      <Collapse in={more}>
        <Stack gap="md">
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <Select
              label={t('interactions.channel')}
              data={channelOptions(t)}
              allowDeselect={false}
              {...form.getInputProps('channel')}
            />
            <RemoteMultiSelect
              label={t('interactions.participants')}
              {...userOptions}
              value={values.participants}
              onChange={(participants) => form.setFieldValue('participants', participants)}
              error={form.errors.participants}
            />
          </SimpleGrid>
          <Textarea
            label={t('interactions.outcome')}
            autosize
            minRows={2}
            maxRows={6}
            {...form.getInputProps('outcome')}
          />
          <SegmentedField
            label={t('interactions.sentiment')}
            size="xs"
            data={[{ value: '', label: t('interactions.noSentiment') }, ...sentimentOptions(t)]}
            {...form.getInputProps('sentiment')}
          />
          {interaction ? null : (
            <NextStepFields
              value={values.nextSteps}
              onChange={(rows) => form.setFieldValue('nextSteps', rows)}
              errors={form.errors}
            />
          )}
        </Stack>
      </Collapse>
    </FormDialog>
  );
}

import { MultiSelect, SimpleGrid, TagsInput, Textarea, TextInput } from '@mantine/core';
import { TimeInput } from '@mantine/dates';
import { useForm } from '@mantine/form';
import { useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { Ref, Visit } from '../../../api/relationship-types.ts';
import type { Account } from '../../../api/types.ts';
import { visitsApi } from '../../../api/visits.ts';
import { changedFields } from '../../../components/changed-fields.ts';
import { DayInput } from '../../../components/day-input.tsx';
import { FormDialog } from '../../../components/form-dialog.tsx';
import { userOptions } from '../../../components/option-sources.ts';
import { type Option, RemoteMultiSelect } from '../../../components/remote-select.tsx';
import { addDays, isoDay, momentOf, timeOf, today } from '../../../i18n/days.ts';
import { useFormat } from '../../../i18n/format.ts';
import { useAccountPeople } from '../relationships/use-account-people.ts';
import { useMe } from '../relationships/use-me.ts';
import { useRelationshipsWritten } from '../relationships/use-relationships-written.ts';

interface Values {
  title: string;
  day: string | null;
  startTime: string;
  endTime: string;
  place: string;
  agenda: string;
  topics: string[];
  participants: Option[];
  contactIds: string[];
}

type Address = Partial<Pick<Account, 'street' | 'postalCode' | 'city' | 'countryCode'>>;

/** The account's address on one line, where a visit takes place unless said otherwise. */
function addressOf(account: Address, country: (code: string) => string): string {
  return [
    account.street,
    [account.postalCode, account.city].filter(Boolean).join(' '),
    account.countryCode && account.countryCode !== 'DE' ? country(account.countryCode) : null,
  ]
    .filter((part) => part && part.trim() !== '')
    .join(', ');
}

function valuesOf(visit: Visit): Values {
  return {
    title: visit.title,
    day: isoDay(new Date(visit.startsAt)),
    startTime: timeOf(new Date(visit.startsAt)),
    endTime: timeOf(new Date(visit.endsAt)),
    place: visit.place ?? '',
    agenda: visit.agenda ?? '',
    topics: visit.topics,
    participants: visit.participants.map((user) => ({ value: user.id, label: user.name })),
    contactIds: visit.contacts.map((person) => person.id),
  };
}

function fieldsOf(values: Values) {
  return {
    title: values.title.trim(),
    startsAt: momentOf(values.day ?? '', values.startTime).toISOString(),
    endsAt: momentOf(values.day ?? '', values.endTime).toISOString(),
    place: values.place.trim() || null,
    agenda: values.agenda.trim() || null,
    topics: values.topics,
    participantIds: values.participants.map((option) => option.value),
    contactIds: values.contactIds,
  };
}

interface VisitDialogProps {
  /** The account visited; its address is the place unless said otherwise. */
  account: Ref & Address;
  /** A planned visit to change (reschedule, other people, agenda); without it, a new one is planned. */
  visit?: Visit;
  onClose: () => void;
}

/** Planning a customer visit: when, where, what for, who goes, who meets us, what we present. */
export function VisitDialog({ account, visit, onClose }: VisitDialogProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const me = useMe();
  const navigate = useNavigate();
  const written = useRelationshipsWritten();
  const people = useAccountPeople(account.id);
  const form = useForm<Values>({
    initialValues: visit
      ? valuesOf(visit)
      : {
          title: t('visits.defaultTitle', { name: account.name }),
          day: addDays(today(), 7),
          startTime: '09:30',
          endTime: '11:00',
          place: addressOf(account, format.country),
          agenda: '',
          topics: [],
          participants: me ? [{ value: me.id, label: me.name }] : [],
          contactIds: [],
        },
    validate: (values) => {
      const errors: Record<string, string> = {};
      if (!values.title.trim()) errors.title = t('validation.required');
      if (!values.day) errors.day = t('validation.required');
      if (!values.startTime) errors.startTime = t('validation.required');
      if (!values.endTime) errors.endTime = t('validation.required');
      else if (values.startTime && values.endTime <= values.startTime)
        errors.endTime = t('visits.endBeforeStart');
      return errors;
    },
  });
  const values = form.getValues();
  return (
    <FormDialog
      opened
      onClose={onClose}
      title={visit ? t('visits.editTitle') : t('visits.planTitle', { name: account.name })}
      form={form}
      submitLabel={visit ? t('actions.save') : t('visits.plan')}
      toFormErrors={({ startsAt, endsAt, participantIds, contactIds, ...errors }) => ({
        ...errors,
        ...(startsAt ? { startTime: startsAt } : {}),
        ...(endsAt ? { endTime: endsAt } : {}),
        ...(participantIds ? { participants: participantIds } : {}),
        ...(contactIds ? { contactIds } : {}),
      })}
      submit={async (submitted) => {
        if (visit) {
          const changed = await visitsApi.update(visit.id, {
            version: visit.version,
            // Only what changed: an untouched list is not sent again (and not checked again).
            ...changedFields(fieldsOf(submitted), fieldsOf(valuesOf(visit))),
          });
          await written();
          return changed;
        }
        const planned = await visitsApi.create({ accountId: account.id, ...fieldsOf(submitted) });
        await written();
        await navigate({ to: '/visits/$visitId', params: { visitId: planned.id } });
        return planned;
      }}
    >
      <TextInput label={t('visits.titleField')} required {...form.getInputProps('title')} />
      <SimpleGrid cols={{ base: 1, xs: 3 }}>
        <DayInput
          label={t('visits.day')}
          required
          value={values.day}
          onChange={(day) => form.setFieldValue('day', day)}
          error={form.errors.day}
        />
        <TimeInput label={t('visits.from')} required {...form.getInputProps('startTime')} />
        <TimeInput label={t('visits.to')} required {...form.getInputProps('endTime')} />
      </SimpleGrid>
      <TextInput
        label={t('visits.place')}
        description={t('visits.placeHint')}
        {...form.getInputProps('place')}
      />
      <Textarea
        label={t('visits.agenda')}
        autosize
        minRows={3}
        maxRows={10}
        {...form.getInputProps('agenda')}
      />
      <TagsInput
        label={t('visits.topics')}
        description={t('visits.topicsHint')}
        clearable
        {...form.getInputProps('topics')}
      />
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <RemoteMultiSelect
          label={t('visits.participants')}
          {...userOptions}
          value={values.participants}
          onChange={(participants) => form.setFieldValue('participants', participants)}
          error={form.errors.participants}
        />
        <MultiSelect
          label={t('visits.contacts')}
          data={people}
          searchable
          clearable
          nothingFoundMessage={t('common.nothingFound')}
          {...form.getInputProps('contactIds')}
        />
      </SimpleGrid>
    </FormDialog>
  );
}

import {
  ActionIcon,
  Button,
  Fieldset,
  Group,
  Select,
  SimpleGrid,
  Stack,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { accountOptions } from '../../../components/option-sources.ts';
import { RecordForm, type RecordFormProps } from '../../../components/record-form.tsx';
import { RemoteMultiSelect } from '../../../components/remote-select.tsx';
import { languageCodes } from '../../../i18n/countries.ts';
import { useFormat } from '../../../i18n/format.ts';
import { type ContactFormValues, newPhoneRow } from './contact-form-values.ts';

export function ContactForm(frame: RecordFormProps<ContactFormValues>) {
  const { form } = frame;
  const { t } = useTranslation();
  const format = useFormat();
  const values = form.getValues();
  const languages = languageCodes.map((code) => ({ value: code, label: format.language(code) }));
  return (
    <RecordForm {...frame}>
      <Fieldset legend={t('contacts.sectionPerson')} radius="md">
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
          <TextInput label={t('fields.firstName')} {...form.getInputProps('firstName')} />
          <TextInput label={t('fields.lastName')} required {...form.getInputProps('lastName')} />
          <TextInput label={t('fields.jobTitle')} {...form.getInputProps('jobTitle')} />
          <TextInput label={t('fields.department')} {...form.getInputProps('department')} />
          <Select
            label={t('fields.language')}
            data={languages}
            searchable
            clearable
            {...form.getInputProps('language')}
          />
        </SimpleGrid>
      </Fieldset>
      <Fieldset legend={t('contacts.sectionReach')} radius="md">
        <Stack gap="md">
          <TextInput label={t('fields.email')} type="email" {...form.getInputProps('email')} />
          {values.phones.map((phone, index) => (
            <Group key={phone.key} gap="xs" align="flex-start" wrap="nowrap">
              <TextInput
                label={index === 0 ? t('fields.phoneLabel') : undefined}
                aria-label={t('contacts.phoneLabelN', { index: index + 1 })}
                placeholder={t('contacts.phoneLabelPlaceholder')}
                {...form.getInputProps(`phones.${index}.label`)}
                style={{ flex: '0 0 35%' }}
              />
              <TextInput
                label={index === 0 ? t('fields.phone') : undefined}
                aria-label={t('contacts.phoneN', { index: index + 1 })}
                type="tel"
                {...form.getInputProps(`phones.${index}.number`)}
                style={{ flex: 1 }}
              />
              <ActionIcon
                variant="subtle"
                color="red"
                size="lg"
                mt={index === 0 ? 25 : 0}
                aria-label={t('contacts.phoneRemove', { index: index + 1 })}
                onClick={() => form.removeListItem('phones', index)}
              >
                ✕
              </ActionIcon>
            </Group>
          ))}
          <Group>
            <Button
              variant="light"
              size="xs"
              onClick={() => form.insertListItem('phones', newPhoneRow())}
              disabled={values.phones.length >= 10}
            >
              {t('contacts.phoneAdd')}
            </Button>
          </Group>
        </Stack>
      </Fieldset>
      <Fieldset legend={t('contacts.sectionAccounts')} radius="md">
        <RemoteMultiSelect
          label={t('fields.accounts')}
          description={t('contacts.accountsHint')}
          {...accountOptions}
          value={values.accounts}
          onChange={(options) => form.setFieldValue('accounts', options)}
          error={form.errors.accounts}
        />
      </Fieldset>
      <Fieldset legend={t('fields.notes')} radius="md">
        <Textarea
          aria-label={t('fields.notes')}
          autosize
          minRows={3}
          maxRows={14}
          {...form.getInputProps('notes')}
        />
      </Fieldset>
    </RecordForm>
  );
}

import { Anchor, Card, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Contact } from '../../api/types.ts';
import { AnchorLink } from '../../components/links.tsx';
import { useFormat } from '../../i18n/format.ts';

function Field({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Stack gap={2}>
      <Text size="xs" c="dimmed" fw={500} tt="uppercase" style={{ letterSpacing: '0.03em' }}>
        {label}
      </Text>
      <Text size="sm" component="div" style={{ overflowWrap: 'anywhere' }}>
        {children ?? '–'}
      </Text>
    </Stack>
  );
}

export function ContactDetails({ contact }: { contact: Contact }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <Stack gap="md">
      <Card withBorder radius="md" padding="lg">
        <Title order={2} size="h5" mb="md">
          {t('contacts.sectionReach')}
        </Title>
        <SimpleGrid cols={{ base: 1, xs: 2, lg: 3 }} spacing="lg" verticalSpacing="md">
          <Field label={t('fields.email')}>
            {contact.email ? <Anchor href={`mailto:${contact.email}`}>{contact.email}</Anchor> : null}
          </Field>
          <Field label={t('fields.phone')}>
            {contact.phones.length > 0 ? (
              <Stack gap={2}>
                {contact.phones.map((phone) => (
                  <div key={`${phone.label}-${phone.number}`}>
                    {phone.label ? (
                      <Text span size="sm" c="dimmed">
                        {phone.label}:{' '}
                      </Text>
                    ) : null}
                    <Anchor href={`tel:${phone.number.replace(/[^+\d]/g, '')}`} size="sm">
                      {phone.number}
                    </Anchor>
                  </div>
                ))}
              </Stack>
            ) : null}
          </Field>
          <Field label={t('fields.language')}>
            {contact.language ? format.language(contact.language) : null}
          </Field>
          <Field label={t('fields.jobTitle')}>{contact.jobTitle}</Field>
          <Field label={t('fields.department')}>{contact.department}</Field>
          <Field label={t('fields.accounts')}>
            {contact.accounts.length > 0 ? (
              <Stack gap={2}>
                {contact.accounts.map((account) => (
                  <AnchorLink
                    key={account.id}
                    to="/accounts/$accountId"
                    params={{ accountId: account.id }}
                    size="sm"
                  >
                    {account.name}
                  </AnchorLink>
                ))}
              </Stack>
            ) : null}
          </Field>
        </SimpleGrid>
      </Card>
      <Card withBorder radius="md" padding="lg">
        <Title order={2} size="h5" mb="md">
          {t('fields.notes')}
        </Title>
        <Text
          size="sm"
          style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}
          c={contact.notes ? undefined : 'dimmed'}
        >
          {contact.notes ?? t('contacts.notesEmpty')}
        </Text>
      </Card>
      <Text size="xs" c="dimmed">
        {t('common.createdAt', { date: format.dateTime(contact.createdAt) })} ·{' '}
        {t('common.updatedAt', { date: format.dateTime(contact.updatedAt) })}
      </Text>
    </Stack>
  );
}

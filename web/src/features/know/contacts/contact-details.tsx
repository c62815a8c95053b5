import { Anchor, SimpleGrid, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Contact } from '../../../api/types.ts';
import { AnchorLink } from '../../../components/links.tsx';
import { Field, SectionCard } from '../../../components/section-card.tsx';
import { useFormat } from '../../../i18n/format.ts';

export function ContactDetails({ contact }: { contact: Contact }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <Stack gap="md">
      <SectionCard title={t('contacts.sectionReach')}>
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
      </SectionCard>
      <SectionCard title={t('fields.notes')}>
        <Text
          size="sm"
          style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}
          c={contact.notes ? undefined : 'dimmed'}
        >
          {contact.notes ?? t('contacts.notesEmpty')}
        </Text>
      </SectionCard>
    </Stack>
  );
}

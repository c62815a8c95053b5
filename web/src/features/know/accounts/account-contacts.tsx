import { Anchor, Group, Stack, Text } from '@mantine/core';
import { useInfiniteQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { accountContactsQuery } from '../../../api/accounts.ts';
import { AnchorLink, ButtonLink } from '../../../components/links.tsx';
import { PagedItems } from '../../../components/paged-items.tsx';
import { PlainList, PlainListItem } from '../../../components/plain-list.tsx';
import { SectionCard } from '../../../components/section-card.tsx';
import { useCan } from '../../platform/auth/use-permissions.ts';
import { contactName } from '../contacts/contact-name.ts';

/** The people who work for this account, with a shortcut to add one. */
export function AccountContacts({ accountId }: { accountId: string }) {
  const { t } = useTranslation();
  const can = useCan();
  const query = useInfiniteQuery(accountContactsQuery(accountId));
  return (
    <SectionCard title={t('accounts.contacts')}>
      <Stack gap="sm">
        <PagedItems query={query} emptyText={t('accounts.contactsEmpty')} height={40}>
          {(contacts) => (
            <PlainList label={t('accounts.contacts')}>
              {contacts.map((contact) => (
                <PlainListItem key={contact.id}>
                  <Stack gap={0} style={{ minWidth: 0 }}>
                    <AnchorLink
                      to="/contacts/$contactId"
                      params={{ contactId: contact.id }}
                      fw={600}
                      size="sm"
                    >
                      {contactName(contact)}
                    </AnchorLink>
                    <Text size="xs" c="dimmed">
                      {[contact.jobTitle, contact.department].filter(Boolean).join(' · ') || '\u00a0'}
                    </Text>
                  </Stack>
                  <Stack gap={0} align="flex-end">
                    {contact.email ? (
                      <Anchor href={`mailto:${contact.email}`} size="xs">
                        {contact.email}
                      </Anchor>
                    ) : null}
                    {contact.phones[0] ? (
                      <Anchor
                        href={`tel:${contact.phones[0].number.replace(/[^+\d]/g, '')}`}
                        size="xs"
                        c="dimmed"
                      >
                        {contact.phones[0].number}
                      </Anchor>
                    ) : null}
                  </Stack>
                </PlainListItem>
              ))}
            </PlainList>
          )}
        </PagedItems>
        <Group justify="flex-end">
          {can('contacts:write') ? (
            <ButtonLink to="/contacts/new" search={{ accountId }} variant="light" size="xs">
              {t('accounts.addContact')}
            </ButtonLink>
          ) : null}
        </Group>
      </Stack>
    </SectionCard>
  );
}

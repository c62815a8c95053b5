import { Anchor, Button, Group, Stack, Text } from '@mantine/core';
import { useInfiniteQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { accountContactsQuery } from '../../api/accounts.ts';
import { AnchorLink, ButtonLink } from '../../components/links.tsx';
import { ListState } from '../../components/list-state.tsx';
import { PlainList, PlainListItem } from '../../components/plain-list.tsx';
import { SectionCard } from '../../components/section-card.tsx';
import { useCan } from '../auth/use-permissions.ts';
import { contactName } from '../contacts/contact-name.ts';

/** The people who work for this account, with a shortcut to add one. */
export function AccountContacts({ accountId }: { accountId: string }) {
  const { t } = useTranslation();
  const can = useCan();
  const query = useInfiniteQuery(accountContactsQuery(accountId));
  const contacts = query.data?.pages.flatMap((page) => page.items) ?? [];
  return (
    <SectionCard title={t('accounts.contacts')}>
      <Stack gap="sm">
        <ListState
          pending={query.isPending}
          error={query.error}
          empty={contacts.length === 0}
          emptyText={t('accounts.contactsEmpty')}
          height={40}
        />
        {contacts.length > 0 ? (
          <PlainList label={t('accounts.contacts')}>
            {contacts.map((contact) => (
              <PlainListItem key={contact.id}>
                <Stack gap={0} style={{ minWidth: 0 }}>
                  <AnchorLink to="/contacts/$contactId" params={{ contactId: contact.id }} fw={600} size="sm">
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
        ) : null}
        <Group justify="space-between">
          {query.hasNextPage ? (
            <Button
              variant="subtle"
              size="xs"
              onClick={() => void query.fetchNextPage()}
              loading={query.isFetchingNextPage}
            >
              {t('common.showMore')}
            </Button>
          ) : (
            <span />
          )}
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

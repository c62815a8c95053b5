import { Anchor, Button, Group, Skeleton, Stack, Text } from '@mantine/core';
import { useInfiniteQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { accountContactsQuery } from '../../api/accounts.ts';
import { AnchorLink, ButtonLink } from '../../components/links.tsx';
import { ProblemAlert } from '../../components/problem-alert.tsx';
import { useCan } from '../auth/use-permissions.ts';
import { contactName } from '../contacts/contact-name.ts';
import { SectionCard } from './account-details.tsx';

/** The people who work for this account, with a shortcut to add one. */
export function AccountContacts({ accountId }: { accountId: string }) {
  const { t } = useTranslation();
  const can = useCan();
  const query = useInfiniteQuery(accountContactsQuery(accountId));
  const contacts = query.data?.pages.flatMap((page) => page.items) ?? [];
  return (
    <SectionCard title={t('accounts.contacts')}>
      <Stack gap="sm">
        {query.isPending ? <Skeleton h={40} /> : null}
        {query.isError ? <ProblemAlert error={query.error} /> : null}
        {!query.isPending && contacts.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('accounts.contactsEmpty')}
          </Text>
        ) : null}
        {contacts.length > 0 ? (
          <Stack
            gap={0}
            component="ul"
            m={0}
            p={0}
            style={{ listStyle: 'none' }}
            aria-label={t('accounts.contacts')}
          >
            {contacts.map((contact) => (
              <Group
                key={contact.id}
                component="li"
                justify="space-between"
                wrap="wrap"
                gap="xs"
                py="xs"
                style={{ borderBottom: '1px solid var(--mantine-color-gray-2)' }}
              >
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
              </Group>
            ))}
          </Stack>
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

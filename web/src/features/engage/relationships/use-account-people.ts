import { useInfiniteQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { accountContactsQuery } from '../../../api/accounts.ts';
import { contactName } from '../../know/contacts/contact-name.ts';

/** The account's contacts as options for "who was there" (the first 50: an account's buying centre is smaller). */
export function useAccountPeople(accountId: string | null) {
  const query = useInfiniteQuery({ ...accountContactsQuery(accountId ?? ''), enabled: !!accountId });
  return useMemo(
    () =>
      (query.data?.pages.flatMap((page) => page.items) ?? [])
        .filter((contact) => contact.archivedAt === null)
        .map((contact) => ({ value: contact.id, label: contactName(contact) })),
    [query.data],
  );
}

import { useQueryClient } from '@tanstack/react-query';
import { contactQuery, contactsApi } from '../../../api/contacts.ts';
import type { Contact } from '../../../api/types.ts';
import { useArchiveRecord } from '../../../components/use-archive-record.ts';

/** After any write: the detail gets the server's answer; contact lists (also on accounts) reload. */
export function useContactWritten() {
  const queryClient = useQueryClient();
  return (contact: Contact) => {
    queryClient.setQueryData(contactQuery(contact.id).queryKey, contact);
    void queryClient.invalidateQueries({
      predicate: (query) =>
        (query.queryKey[0] === 'contacts' && query.queryKey[1] !== 'detail') ||
        (query.queryKey[0] === 'accounts' && query.queryKey[1] === 'contacts'),
    });
  };
}

export function useArchiveContact(contact: Contact) {
  return useArchiveRecord(contact, contactsApi, contactQuery(contact.id).queryKey, useContactWritten());
}

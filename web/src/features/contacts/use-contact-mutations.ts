import { useMutation, useQueryClient } from '@tanstack/react-query';
import { contactQuery, contactsApi } from '../../api/contacts.ts';
import { isApiError } from '../../api/problem.ts';
import type { Contact } from '../../api/types.ts';

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
  const queryClient = useQueryClient();
  const written = useContactWritten();
  return useMutation({
    mutationFn: (action: 'archive' | 'restore') =>
      action === 'archive'
        ? contactsApi.archive(contact.id, contact.version)
        : contactsApi.restore(contact.id, contact.version),
    onSuccess: written,
    onError: (error) => {
      if (isApiError(error, 'version_conflict'))
        void queryClient.invalidateQueries({ queryKey: contactQuery(contact.id).queryKey });
    },
  });
}

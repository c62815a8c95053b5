import { api } from '../api/client.ts';
import type { AccountListItem, Page, User } from '../api/types.ts';
import type { Option } from './remote-select.tsx';

/** Where pickers find their options. */
export const userOptions = {
  queryKey: 'users',
  load: async (q: string): Promise<Option[]> => {
    const page = await api.get<Page<User>>('/users', { q, limit: 50, active: 'true' });
    return page.items.map((user) => ({ value: user.id, label: user.name }));
  },
};

export const accountOptions = {
  queryKey: 'accounts',
  load: async (q: string): Promise<Option[]> => {
    const page = await api.get<Page<AccountListItem>>('/accounts', { q, limit: 20 });
    return page.items.map((account) => ({
      value: account.id,
      label: account.customerNumber ? `${account.name} (${account.customerNumber})` : account.name,
    }));
  },
};

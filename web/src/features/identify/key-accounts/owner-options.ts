import type { TFunction } from 'i18next';
import { api } from '../../../api/client.ts';
import type { Page, Role, User } from '../../../api/types.ts';
import type { Option } from '../../../components/remote-select.tsx';

async function usersWithRole(role: Role, q: string): Promise<User[]> {
  const page = await api.get<Page<User>>('/users', { q, role, limit: 50, active: 'true' });
  return page.items;
}

/** Who may look after a key account: the key account managers, and the heads of sales. */
export function keyAccountManagerOptions(t: TFunction) {
  return {
    queryKey: 'key-account-managers',
    load: async (q: string): Promise<Option[]> => {
      const [kams, leads] = await Promise.all([
        usersWithRole('key_account_manager', q),
        usersWithRole('head_of_sales', q),
      ]);
      return [
        ...kams.map((user) => ({ value: user.id, label: user.name })),
        ...leads.map((user) => ({ value: user.id, label: `${user.name} (${t('roles.head_of_sales')})` })),
      ];
    },
  };
}

/** Who takes over an account that is no longer a key account. */
export const accountManagerOptions = {
  queryKey: 'account-managers',
  load: async (q: string): Promise<Option[]> =>
    (await usersWithRole('account_manager', q)).map((user) => ({ value: user.id, label: user.name })),
};

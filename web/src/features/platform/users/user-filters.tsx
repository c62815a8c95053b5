import { SegmentedControl, Select } from '@mantine/core';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { FilterBar } from '../../../components/filter-bar.tsx';
import { SearchInput } from '../../../components/search-input.tsx';
import { roleOptions } from './role-options.ts';
import { useUserSearch } from './use-user-search.ts';
import type { UserSearch } from './user-search.ts';

export function UserFilters() {
  const { t } = useTranslation();
  const { search, update } = useUserSearch();
  const onSearch = useCallback((q: string) => update({ q }), [update]);
  return (
    <FilterBar>
      <SearchInput
        label={t('users.search')}
        placeholder={t('users.searchPlaceholder')}
        value={search.q ?? ''}
        onChange={onSearch}
      />
      <Select
        aria-label={t('users.role')}
        placeholder={t('users.allRoles')}
        data={roleOptions(t)}
        value={search.role ?? null}
        onChange={(role) => update({ role: (role as UserSearch['role']) ?? undefined })}
        clearable
        w={220}
      />
      <SegmentedControl
        aria-label={t('users.status')}
        value={search.active ?? 'all'}
        onChange={(value) =>
          update({ active: value === 'all' ? undefined : (value as UserSearch['active']) })
        }
        data={[
          { value: 'all', label: t('common.all') },
          { value: 'true', label: t('users.active') },
          { value: 'false', label: t('users.inactive') },
        ]}
      />
    </FilterBar>
  );
}

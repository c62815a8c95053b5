import {
  Button,
  Collapse,
  Group,
  Indicator,
  Paper,
  SegmentedControl,
  Select,
  SimpleGrid,
  Stack,
  TextInput,
} from '@mantine/core';
import { useDisclosure, useMediaQuery } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client.ts';
import type { User } from '../../api/types.ts';
import { userOptions } from '../../components/option-sources.ts';
import { RemoteSelect } from '../../components/remote-select.tsx';
import { SearchInput } from '../../components/search-input.tsx';
import { customerTypeOptions, lifecycleOptions } from './account-options.ts';
import { type AccountSearch, activeFilterCount } from './account-search.ts';
import { useAccountSearch } from './use-account-search.ts';
import { useIndustries } from './use-industries.ts';

/** The owner filter's label after a reload (the URL holds only the id). */
function useOwnerName(ownerId: string | undefined) {
  return useQuery({
    queryKey: ['users', 'detail', ownerId],
    queryFn: () => api.get<User>(`/users/${encodeURIComponent(ownerId ?? '')}`),
    enabled: !!ownerId,
    staleTime: 5 * 60_000,
  }).data?.name;
}

const noFilters: Partial<AccountSearch> = {
  industry: undefined,
  customerType: undefined,
  region: undefined,
  ownerId: undefined,
  keyAccount: undefined,
  status: undefined,
  archived: undefined,
};

/**
 * Search and filters of the accounts list. Filters are compact selects whose placeholder names
 * the filter (and whose accessible label always does); on phones they fold away.
 */
export function AccountFilters() {
  const { t } = useTranslation();
  const { search, update } = useAccountSearch();
  const industries = useIndustries();
  const isPhone = useMediaQuery('(max-width: 47.99em)');
  const [open, { toggle }] = useDisclosure(false);
  const ownerName = useOwnerName(search.ownerId);
  const filterCount = activeFilterCount(search);
  const onSearch = useCallback((q: string) => update({ q }), [update]);
  const set = (patch: Partial<AccountSearch>) => update(patch);

  const archived = (
    <SegmentedControl
      aria-label={t('accounts.archivedFilter')}
      value={search.archived ?? 'false'}
      onChange={(value) =>
        set({ archived: value === 'false' ? undefined : (value as AccountSearch['archived']) })
      }
      data={[
        { value: 'false', label: t('accounts.archivedActive') },
        { value: 'true', label: t('accounts.archivedOnly') },
        { value: 'all', label: t('common.all') },
      ]}
    />
  );

  const filters = (
    <SimpleGrid cols={{ base: 1, xs: 2, md: 3, xl: 6 }} spacing="xs" verticalSpacing="xs">
      <Select
        aria-label={t('fields.lifecycleStatus')}
        placeholder={t('fields.lifecycleStatus')}
        data={lifecycleOptions(t)}
        value={search.status ?? null}
        onChange={(value) => set({ status: (value as AccountSearch['status']) ?? undefined })}
        clearable
      />
      <Select
        aria-label={t('fields.isKeyAccount')}
        placeholder={t('fields.isKeyAccount')}
        data={[
          { value: 'true', label: t('accounts.filterKeyAccountsOnly') },
          { value: 'false', label: t('accounts.filterNoKeyAccounts') },
        ]}
        value={search.keyAccount ?? null}
        onChange={(value) => set({ keyAccount: (value as AccountSearch['keyAccount']) ?? undefined })}
        clearable
      />
      <Select
        aria-label={t('fields.industry')}
        placeholder={t('fields.industry')}
        data={industries.options(search.industry)}
        value={search.industry ?? null}
        onChange={(value) => set({ industry: value ?? undefined })}
        clearable
        searchable
      />
      <Select
        aria-label={t('fields.customerType')}
        placeholder={t('fields.customerType')}
        data={customerTypeOptions(t)}
        value={search.customerType ?? null}
        onChange={(value) => set({ customerType: (value as AccountSearch['customerType']) ?? undefined })}
        clearable
      />
      <RegionFilter value={search.region ?? ''} onChange={(region) => set({ region })} />
      <RemoteSelect
        aria-label={t('fields.owner')}
        placeholder={t('fields.owner')}
        {...userOptions}
        value={search.ownerId ?? null}
        selected={search.ownerId && ownerName ? { value: search.ownerId, label: ownerName } : null}
        onChange={(option) => set({ ownerId: option?.value })}
      />
    </SimpleGrid>
  );

  return (
    <Paper withBorder radius="md" p="sm" mb="md">
      <Stack gap="xs">
        <Group gap="xs" wrap={isPhone ? 'nowrap' : 'wrap'} align="center">
          <SearchInput
            label={t('accounts.search')}
            placeholder={t('accounts.searchPlaceholder')}
            value={search.q ?? ''}
            onChange={onSearch}
          />
          {isPhone ? (
            <Indicator label={filterCount} size={16} disabled={filterCount === 0}>
              <Button variant="default" onClick={toggle} aria-expanded={open}>
                {t('common.filters')}
              </Button>
            </Indicator>
          ) : (
            archived
          )}
          {filterCount > 0 && !isPhone ? (
            <Button variant="subtle" onClick={() => set(noFilters)}>
              {t('common.resetFilters')}
            </Button>
          ) : null}
        </Group>
        {isPhone ? (
          <Collapse in={open}>
            <Stack gap="xs">
              {filters}
              {archived}
              {filterCount > 0 ? (
                <Button variant="subtle" onClick={() => set(noFilters)}>
                  {t('common.resetFilters')}
                </Button>
              ) : null}
            </Stack>
          </Collapse>
        ) : (
          filters
        )}
      </Stack>
    </Paper>
  );
}

function RegionFilter({ value, onChange }: { value: string; onChange: (value: string) => void }) {
  const { t } = useTranslation();
  return (
    <TextInput
      aria-label={t('fields.region')}
      placeholder={t('accounts.regionFilterPlaceholder')}
      defaultValue={value}
      key={value}
      onBlur={(event) => {
        if (event.currentTarget.value.trim() !== value) onChange(event.currentTarget.value.trim());
      }}
      onKeyDown={(event) => {
        if (event.key === 'Enter') onChange(event.currentTarget.value.trim());
      }}
    />
  );
}

import { Button, Collapse, Group, Indicator, Paper, SegmentedControl, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useDisclosure, useMediaQuery } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api/client.ts';
import type { Page, User } from '../../api/types.ts';
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
    queryKey: ['users', 'all'],
    queryFn: () => api.get<Page<User>>('/users', { limit: 200 }),
    enabled: !!ownerId,
    staleTime: 5 * 60_000,
  }).data?.items.find((user) => user.id === ownerId)?.name;
}

export function AccountFilters() {
  const { t } = useTranslation();
  const { search, update } = useAccountSearch();
  const industries = useIndustries();
  const isPhone = useMediaQuery('(max-width: 48em)');
  const [open, { toggle }] = useDisclosure(false);
  const ownerName = useOwnerName(search.ownerId);
  const filterCount = activeFilterCount(search);
  const onSearch = useCallback((q: string) => update({ q }), [update]);
  const set = (patch: Partial<AccountSearch>) => update(patch);

  const filters = (
    <SimpleGrid cols={{ base: 1, xs: 2, md: 3, xl: 4 }} spacing="sm" verticalSpacing="sm">
      <Select
        label={t('fields.industry')}
        placeholder={t('common.all')}
        data={industries.options(search.industry)}
        value={search.industry ?? null}
        onChange={(value) => set({ industry: value ?? undefined })}
        clearable
        searchable
      />
      <Select
        label={t('fields.customerType')}
        placeholder={t('common.all')}
        data={customerTypeOptions(t)}
        value={search.customerType ?? null}
        onChange={(value) => set({ customerType: (value as AccountSearch['customerType']) ?? undefined })}
        clearable
      />
      <Select
        label={t('fields.lifecycleStatus')}
        placeholder={t('common.all')}
        data={lifecycleOptions(t)}
        value={search.status ?? null}
        onChange={(value) => set({ status: (value as AccountSearch['status']) ?? undefined })}
        clearable
      />
      <Select
        label={t('fields.isKeyAccount')}
        placeholder={t('common.all')}
        data={[
          { value: 'true', label: t('accounts.filterKeyAccountsOnly') },
          { value: 'false', label: t('accounts.filterNoKeyAccounts') },
        ]}
        value={search.keyAccount ?? null}
        onChange={(value) => set({ keyAccount: (value as AccountSearch['keyAccount']) ?? undefined })}
        clearable
      />
      <RegionFilter value={search.region ?? ''} onChange={(region) => set({ region })} />
      <RemoteSelect
        label={t('fields.owner')}
        placeholder={t('common.all')}
        {...userOptions}
        value={search.ownerId ?? null}
        selected={search.ownerId && ownerName ? { value: search.ownerId, label: ownerName } : null}
        onChange={(option) => set({ ownerId: option?.value })}
      />
      <Stack gap={4}>
        <SegmentedControl
          aria-label={t('accounts.archivedFilter')}
          mt={{ base: 0, xs: 25 }}
          value={search.archived ?? 'false'}
          onChange={(value) => set({ archived: value === 'false' ? undefined : (value as AccountSearch['archived']) })}
          data={[
            { value: 'false', label: t('accounts.archivedActive') },
            { value: 'true', label: t('accounts.archivedOnly') },
            { value: 'all', label: t('common.all') },
          ]}
        />
      </Stack>
    </SimpleGrid>
  );

  return (
    <Paper withBorder radius="md" p="sm" mb="md">
      <Stack gap="sm">
        <Group gap="sm" wrap="nowrap" align="flex-start">
          <SearchInput label={t('accounts.search')} placeholder={t('accounts.searchPlaceholder')} value={search.q ?? ''} onChange={onSearch} />
          {isPhone ? (
            <Indicator label={filterCount} size={16} disabled={filterCount === 0}>
              <Button variant="default" onClick={toggle} aria-expanded={open}>
                {t('common.filters')}
              </Button>
            </Indicator>
          ) : null}
          {filterCount > 0 && !isPhone ? (
            <Button
              variant="subtle"
              onClick={() =>
                set({
                  industry: undefined,
                  customerType: undefined,
                  region: undefined,
                  ownerId: undefined,
                  keyAccount: undefined,
                  status: undefined,
                  archived: undefined,
                })
              }
            >
              {t('common.resetFilters')}
            </Button>
          ) : null}
        </Group>
        {isPhone ? <Collapse in={open}>{filters}</Collapse> : filters}
      </Stack>
    </Paper>
  );
}

function RegionFilter({ value, onChange }: { value: string; onChange: (value: string) => void }) {
  const { t } = useTranslation();
  return (
    <TextInput
      label={t('fields.region')}
      placeholder={t('accounts.regionPlaceholder')}
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

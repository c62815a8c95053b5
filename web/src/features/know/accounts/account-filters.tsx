import { Button, Collapse, Group, Indicator, Paper, Select, SimpleGrid, Stack } from '@mantine/core';
import { useDisclosure, useMediaQuery } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { userQuery } from '../../../api/users.ts';
import { ArchivedFilter } from '../../../components/archived-filter.tsx';
import { foldedFilter } from '../../../components/folded-filter.ts';
import { userOptions } from '../../../components/option-sources.ts';
import { RemoteSelect } from '../../../components/remote-select.tsx';
import { SearchInput } from '../../../components/search-input.tsx';
import { customerTypeOptions, lifecycleOptions } from './account-options.ts';
import { type AccountSearch, activeFilterCount, noFilters } from './account-search.ts';
import { RegionFilter } from './region-filter.tsx';
import { useAccountSearch } from './use-account-search.ts';
import { useIndustries } from './use-industries.ts';

/** The owner filter's label after a reload (the URL holds only the id). */
function useOwnerName(ownerId: string | undefined) {
  return useQuery({ ...userQuery(ownerId ?? ''), enabled: !!ownerId, staleTime: 5 * 60_000 }).data?.name;
}

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

  const archived = <ArchivedFilter value={search.archived} onChange={(value) => set({ archived: value })} />;

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
        filter={foldedFilter}
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
      <RegionFilter value={search.region} onChange={(region) => set({ region })} />
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

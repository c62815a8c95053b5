import { Select } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { accountRegionsQuery } from '../../../api/accounts.ts';
import { foldedFilter } from '../../../components/folded-filter.ts';

interface RegionFilterProps {
  value: string | undefined;
  onChange: (region: string | undefined) => void;
}

/** Picks one of the regions in use. The list filter ignores case, and so does the match with the URL. */
export function RegionFilter({ value, onChange }: RegionFilterProps) {
  const { t } = useTranslation();
  const { data: regions = [] } = useQuery(accountRegionsQuery);
  const known = value ? regions.find((region) => region.toLowerCase() === value.toLowerCase()) : undefined;
  const selected = known ?? value ?? null;
  // A shared link may name a region no account uses any more: still show what is filtered.
  const data = selected && !known ? [selected, ...regions] : regions;
  return (
    <Select
      aria-label={t('fields.region')}
      placeholder={t('fields.region')}
      data={data}
      value={selected}
      onChange={(region) => onChange(region ?? undefined)}
      searchable
      clearable
      filter={foldedFilter}
      nothingFoundMessage={t('common.nothingFound')}
    />
  );
}

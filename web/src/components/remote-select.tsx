import { MultiSelect, type MultiSelectProps, Select, type SelectProps } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';

export interface Option {
  value: string;
  label: string;
}

interface RemoteSource {
  /** A query key prefix for the options, e.g. 'users'. */
  queryKey: string;
  load: (q: string) => Promise<Option[]>;
  exclude?: string[];
}

function useRemoteOptions(source: RemoteSource, search: string, known: Option[]) {
  const [debounced] = useDebouncedValue(search, 250);
  const query = useQuery({
    queryKey: ['options', source.queryKey, debounced],
    queryFn: () => source.load(debounced),
    placeholderData: keepPreviousData,
    staleTime: 30_000,
  });
  const data = useMemo(() => {
    const byValue = new Map<string, Option>();
    for (const option of [...known, ...(query.data ?? [])]) {
      if (!source.exclude?.includes(option.value)) byValue.set(option.value, option);
    }
    return [...byValue.values()];
  }, [known, query.data, source.exclude]);
  return { data, loading: query.isFetching };
}

type RemoteSelectProps = Omit<SelectProps, 'data' | 'value' | 'onChange' | 'searchValue' | 'onSearchChange'> &
  RemoteSource & {
    value: string | null;
    /** The current value's label (the list from the server may not contain it). */
    selected?: Option | null;
    onChange: (option: Option | null) => void;
  };

/** A searchable single select whose options come from the server as the user types. */
export function RemoteSelect({
  value,
  selected,
  onChange,
  queryKey,
  load,
  exclude,
  ...props
}: RemoteSelectProps) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [picked, setPicked] = useState<Option | null>(selected ?? null);
  const known = useMemo(
    () => [selected, picked].filter((option): option is Option => !!option),
    [selected, picked],
  );
  const { data } = useRemoteOptions(
    { queryKey, load, exclude },
    search === known.find((o) => o.value === value)?.label ? '' : search,
    known,
  );
  return (
    <Select
      {...props}
      searchable
      clearable
      data={data}
      value={value}
      searchValue={search}
      onSearchChange={setSearch}
      filter={({ options }) => options}
      nothingFoundMessage={t('common.nothingFound')}
      onChange={(next, option) => {
        const chosen = next && option ? { value: option.value, label: option.label } : null;
        setPicked(chosen);
        onChange(chosen);
      }}
    />
  );
}

type RemoteMultiSelectProps = Omit<
  MultiSelectProps,
  'data' | 'value' | 'onChange' | 'searchValue' | 'onSearchChange'
> &
  RemoteSource & {
    value: Option[];
    onChange: (options: Option[]) => void;
  };

/** A searchable multi select whose options come from the server as the user types. */
export function RemoteMultiSelect({
  value,
  onChange,
  queryKey,
  load,
  exclude,
  ...props
}: RemoteMultiSelectProps) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const { data } = useRemoteOptions({ queryKey, load, exclude }, search, value);
  return (
    <MultiSelect
      {...props}
      searchable
      clearable
      data={data}
      value={value.map((option) => option.value)}
      searchValue={search}
      onSearchChange={setSearch}
      filter={({ options }) => options}
      nothingFoundMessage={t('common.nothingFound')}
      onChange={(next) => {
        const byValue = new Map(data.map((option) => [option.value, option]));
        onChange(next.map((id) => byValue.get(id) ?? { value: id, label: id }));
      }}
    />
  );
}

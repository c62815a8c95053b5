import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import {
  type ColumnMapping,
  type ImportFormat,
  importQuery,
  importsApi,
  type RevenueField,
  type RevenueImport,
  type SettingsOverrides,
} from '../../../api/imports.ts';
import { mappingFields, requiredFields } from './format-options.ts';

/** Only fields with a column, and only columns the file has. */
export function cleanMapping(mapping: ColumnMapping, headers: readonly string[]): ColumnMapping {
  const known = new Set(headers.map((header) => header.trim()));
  const clean: ColumnMapping = {};
  for (const field of mappingFields) {
    const header = mapping[field]?.trim();
    if (header && known.has(header)) clean[field] = header;
  }
  return clean;
}

/** Settings that change what the rows and columns of the file are: the server reads it again. */
const rereadWith = new Set<keyof SettingsOverrides>(['encoding', 'delimiter', 'headerRowNumber']);

/**
 * What the user sets up before the check: the column mapping, the settings they override, the
 * currency of files without a currency column. Starts from the last check, else the suggestion.
 */
export function useImportSetup(imp: RevenueImport & { format: ImportFormat }) {
  const queryClient = useQueryClient();
  const headers = imp.format.headers;
  const [mapping, setMapping] = useState<ColumnMapping>(() =>
    cleanMapping(imp.mapping ?? imp.format.mapping, headers),
  );
  const [overrides, setOverrides] = useState<SettingsOverrides>(imp.options?.overrides ?? {});
  const [currency, setCurrency] = useState(imp.options?.defaultCurrency ?? 'EUR');
  const [showMissing, setShowMissing] = useState(false);
  const missing = requiredFields.filter((field) => !mapping[field]);

  const check = useMutation({
    mutationFn: () => importsApi.validate(imp.id, { mapping, overrides, defaultCurrency: currency }),
    onSuccess: (next) => queryClient.setQueryData(importQuery(imp.id).queryKey, next),
  });

  const reread = useMutation({
    mutationFn: (next: SettingsOverrides) => importsApi.inspect(imp.id, next),
    onSuccess: (next) => {
      queryClient.setQueryData(importQuery(imp.id).queryKey, next);
      if (next.format) setMapping(cleanMapping(next.mapping ?? next.format.mapping, next.format.headers));
    },
  });

  return {
    headers,
    mapping,
    setField: (field: RevenueField, header: string | null) =>
      setMapping((current) => ({ ...current, [field]: header ?? undefined })),
    /** A preset's columns that this file lacks are left out; the rest replaces the mapping. */
    applyPreset: (preset: ColumnMapping) => {
      const applied = cleanMapping(preset, headers);
      setMapping(applied);
      return Object.keys(preset).length - Object.keys(applied).length;
    },
    overrides,
    setOverride: <K extends keyof SettingsOverrides>(key: K, value: SettingsOverrides[K]) => {
      const next = { ...overrides, [key]: value };
      setOverrides(next);
      if (rereadWith.has(key)) reread.mutate(next);
    },
    /** The file is being read again with changed settings. */
    rereading: reread.isPending,
    currency,
    setCurrency,
    /** Required fields without a column, once the user tried to check. */
    missing: showMissing ? missing : [],
    submit: () => {
      setShowMissing(true);
      if (missing.length === 0) check.mutate();
    },
    checking: check.isPending,
    error: check.error ?? reread.error,
  };
}

export type ImportSetupState = ReturnType<typeof useImportSetup>;

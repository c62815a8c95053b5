import { queryOptions } from '@tanstack/react-query';
import type { z } from 'zod';
import type { ColumnMapping } from '#contracts/import-fields.ts';
import type { SettingsOverrides } from '#contracts/import-formats.ts';
import type { ImportStatus, ZImport, ZPreset, ZValidateRequest } from '#contracts/imports.ts';
import { api } from './client.ts';
import { type Upload, uploadFile } from './upload.ts';

/** The revenue import's JSON, derived from the server's zod contracts. */
export type { ColumnMapping, RevenueField } from '#contracts/import-fields.ts';
export type {
  DateFormat,
  DecimalStyle,
  Delimiter,
  DelimiterReason,
  EncodingReason,
  HeaderRowReason,
  ImportFormat,
  PreviewRow,
  SettingsOverrides,
  TextEncoding,
} from '#contracts/import-formats.ts';
export type { CommitSummary, FileError, ImportReport, ValidationReport } from '#contracts/import-report.ts';
export type { ImportStatus } from '#contracts/imports.ts';

/** Moments arrive as ISO strings (the server's schema also takes the Date it serialises). */
export type RevenueImport = Omit<z.output<typeof ZImport>, 'createdAt' | 'updatedAt'> & {
  createdAt: string;
  updatedAt: string;
};
export type ImportPreset = z.output<typeof ZPreset>;
export type ValidateRequest = z.input<typeof ZValidateRequest>;

/** While the server works on an import, the page asks again this often. */
const POLL_MS = 600;

export const isBusy = (status: ImportStatus) => status === 'validating' || status === 'committing';

export const importQuery = (id: string) =>
  queryOptions({
    queryKey: ['imports', 'detail', id],
    queryFn: () => api.get<RevenueImport>(`/imports/${encodeURIComponent(id)}`),
    staleTime: 0,
    refetchInterval: (query) => (query.state.data && isBusy(query.state.data.status) ? POLL_MS : false),
  });

export const recentImportsQuery = queryOptions({
  queryKey: ['imports', 'list'],
  queryFn: () => api.get<{ items: RevenueImport[] }>('/imports'),
  select: (data) => data.items,
  staleTime: 0,
});

export const importPresetsQuery = queryOptions({
  queryKey: ['imports', 'presets'],
  queryFn: () => api.get<{ items: ImportPreset[] }>('/imports/presets'),
  select: (data) => data.items,
});

/** The types the server takes as a raw file body; anything else goes as plain bytes. */
const fileTypes = new Set([
  'text/csv',
  'text/plain',
  'application/vnd.ms-excel',
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
]);

export const importsApi = {
  upload: (file: File, onProgress: (share: number) => void): Upload<RevenueImport> =>
    uploadFile<RevenueImport>(
      `/imports/revenue?fileName=${encodeURIComponent(file.name)}`,
      file,
      fileTypes.has(file.type) ? file.type : 'application/octet-stream',
      onProgress,
    ),
  /** Reads the file again with other settings: new headers, suggested mapping and preview. */
  inspect: (id: string, overrides: SettingsOverrides) =>
    api.post<RevenueImport>(`/imports/${encodeURIComponent(id)}/inspect`, { overrides }),
  validate: (id: string, body: ValidateRequest) =>
    api.post<RevenueImport>(`/imports/${encodeURIComponent(id)}/validate`, body),
  commit: (id: string, createAccounts: boolean) =>
    api.post<RevenueImport>(`/imports/${encodeURIComponent(id)}/commit`, { createAccounts }),
  savePreset: (body: { name: string; mapping: ColumnMapping }) =>
    api.post<ImportPreset>('/imports/presets', body),
};

import { queryOptions } from '@tanstack/react-query';
import type {
  DateFormat,
  DecimalStyle,
  Delimiter,
  DelimiterReason,
  EncodingReason,
  FormatDecisions,
  HeaderRowReason,
  ImportFileErrorCode,
  ParseSettings,
  PreviewRow,
  RevenueField,
  RowProblem,
  SettingsOverrides,
  TextEncoding,
} from '../../../src/features/identify/imports/parsing/index.ts';
import { api } from './client.ts';
import { type Upload, uploadFile } from './upload.ts';

/**
 * The revenue import's JSON. The server's contract leaves format, preview and report open
 * (`unknown`), so their shapes are written out here from the parsing module's types.
 */
export type {
  DateFormat,
  DecimalStyle,
  Delimiter,
  DelimiterReason,
  EncodingReason,
  HeaderRowReason,
  PreviewRow,
  RevenueField,
  SettingsOverrides,
  TextEncoding,
};
export type ColumnMapping = Partial<Record<RevenueField, string>>;

export interface ImportFormat {
  settings: ParseSettings;
  headers: string[];
  mapping: ColumnMapping;
  missingRequired: RevenueField[];
  unmappedHeaders: string[];
  decisions: FormatDecisions;
}

export interface FileError {
  code: ImportFileErrorCode;
  message: string;
  rowNumber: number | null;
}

export interface CommitSummary {
  stagedLines: number;
  insertedLines: number;
  duplicateLines: number;
  accountsCreated: number;
}

export interface ValidationReport {
  rows: number;
  acceptedRows: number;
  rejectedRows: number;
  problems: RowProblem[];
  customers: number;
  unknownCustomers: { count: number; sample: { customerNumber: string; customerName: string | null }[] };
  currencies: { currency: string; lines: number; netRevenueCents: number }[];
  period: { from: string | null; to: string | null };
  commit?: CommitSummary;
  /** A commit that was refused (e.g. unknown customers): the import stays validated. */
  commitFailure?: { code?: string; message: string };
}

export type ImportReport = Partial<ValidationReport> & {
  fileError?: FileError;
  /** An unexpected failure (status `failed`). */
  failure?: string;
};

export type ImportStatus =
  | 'uploaded'
  | 'validating'
  | 'validated'
  | 'committing'
  | 'committed'
  | 'rejected'
  | 'failed';

export interface RevenueImport {
  id: string;
  kind: string;
  fileName: string;
  fileSize: number;
  status: ImportStatus;
  processedBytes: number;
  format: ImportFormat | null;
  mapping: ColumnMapping | null;
  options: { overrides?: SettingsOverrides; defaultCurrency?: string } | null;
  preview: PreviewRow[] | null;
  report: ImportReport | null;
  version: number;
  createdAt: string;
  updatedAt: string;
}

export interface ImportPreset {
  id: string;
  name: string;
  mapping: ColumnMapping;
}

export interface ValidateRequest {
  mapping: ColumnMapping;
  overrides?: SettingsOverrides;
  defaultCurrency?: string;
}

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

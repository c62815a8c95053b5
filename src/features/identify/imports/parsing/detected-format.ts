import type { ColumnMapping } from '#contracts/import-fields.ts';
import type {
  FormatDecisions,
  ImportFormat,
  PreviewRow,
  SettingsOverrides,
} from '#contracts/import-formats.ts';

/**
 * What the detection finds out about a file and hands to the import service: the settings the
 * reader needs, the preview, the suggested mapping, and why each setting was chosen. Their
 * shapes are the API's (contracts/import-formats.ts); here are the detection's limits.
 */
/** How much of a file the detection reads. */
export const sampleBytes = 1024 * 1024;
/** How many data rows the detection hands back for the preview. */
export const previewRowCount = 20;
/** The header is looked for among this many non-empty rows (ERP reports put titles above it). */
export const headerSearchRows = 30;

export interface DetectOptions {
  /** For messages only. */
  fileName?: string;
  /** The head is the whole file. Defaults to: shorter than sampleBytes. */
  complete?: boolean;
  /** The user's mapping; without one the suggested mapping decides which columns to sample. */
  mapping?: ColumnMapping;
  overrides?: SettingsOverrides;
}

/** The reason of any setting the user set: their choice, not the detection's. */
export const chosenByUser = { code: 'chosen_by_user', text: 'Chosen by the user' } as const;

export type DetectedFormat = Omit<ImportFormat, 'decisions'> & {
  decisions: FormatDecisions;
  previewRows: PreviewRow[];
};

import type { TFunction } from 'i18next';
import type { ImportFormat, SettingsOverrides } from '../../api/imports.ts';
import { dateFormatLabel, delimiterLabel } from './format-options.ts';

/**
 * Why each setting was chosen, in the reader's language. The server explains its choices in
 * English sentences; the decimal and date decisions also come as data. The few sentence shapes of
 * the detection are recognised here; anything else gets a general sentence, never the English.
 */
export interface DecisionTexts {
  encoding: string | null;
  delimiter: string | null;
  headerRow: string;
  decimalStyle: string;
  dateFormat: string;
}

const example = { comma: '1.234,56', point: '1,234.56' } as const;

function encodingText(t: TFunction, reason: string): string {
  if (/byte-order mark/i.test(reason)) {
    const encoding = /UTF-16LE|UTF-16BE|UTF-8/i.exec(reason)?.[0].toUpperCase() ?? 'UTF-8';
    return t('imports.reasons.encodingBom', { encoding });
  }
  if (/not valid UTF-8/i.test(reason)) return t('imports.reasons.encodingWindows');
  if (/valid UTF-8/i.test(reason)) return t('imports.reasons.encodingUtf8');
  return t('imports.reasons.detected');
}

function delimiterText(t: TFunction, reason: string, format: ImportFormat): string {
  const headers = /header row into (\d+) known/i.exec(reason);
  if (headers) return t('imports.reasons.delimiterHeaders', { count: Number(headers[1]) });
  const lines = /into (\d+) columns/i.exec(reason);
  if (lines) return t('imports.reasons.delimiterLines', { count: Number(lines[1]) });
  if (/^No separator/i.test(reason)) return t('imports.reasons.delimiterNone');
  return t('imports.reasons.delimiterDetected', {
    delimiter: format.settings.kind === 'csv' ? delimiterLabel(t, format.settings.delimiter) : '',
  });
}

function headerRowText(t: TFunction, reason: string, row: number): string {
  const known = /holds (\d+) known/i.exec(reason);
  if (known) return t('imports.reasons.headerKnown', { row, count: Number(known[1]) });
  if (/first as wide/i.test(reason)) return t('imports.reasons.headerWidth', { row });
  return t('imports.reasons.detected');
}

function decimalText(t: TFunction, format: ImportFormat): string {
  const decision = format.decisions.decimalStyle;
  const shown = example[decision.style];
  if (decision.basis === 'sample') {
    const other = decision.style === 'comma' ? decision.pointVotes : decision.commaVotes;
    return other > 0
      ? t('imports.reasons.decimalMixed', { example: shown })
      : t('imports.reasons.decimalSample', { example: shown });
  }
  const settings = format.settings;
  const why =
    settings.kind === 'csv' && settings.delimiter === ','
      ? 'commaSeparated'
      : settings.kind === 'csv' && settings.delimiter === ';'
        ? 'semicolonSeparated'
        : settings.dateFormat === 'DD.MM.YYYY'
          ? 'germanDates'
          : 'germanTools';
  return t('imports.reasons.decimalDefault', { example: shown, why: t(`imports.reasons.why.${why}`) });
}

function dateText(t: TFunction, format: ImportFormat): string {
  const decision = format.decisions.dateFormat;
  const label = dateFormatLabel(t, decision.format);
  if (decision.ambiguous) {
    return decision.basis === 'sample'
      ? t('imports.reasons.dateContradicts', { format: label })
      : t('imports.reasons.dateUnclear', {
          format: label,
          decimal: t(`imports.reasons.decimalMark.${format.settings.decimalStyle}`),
        });
  }
  if (decision.basis === 'default') return t('imports.reasons.dateNoSample', { format: label });
  if (decision.format === 'DD/MM/YYYY') return t('imports.reasons.dateDayFirst');
  if (decision.format === 'MM/DD/YYYY') return t('imports.reasons.dateMonthFirst');
  return t('imports.reasons.dateSample', { format: label });
}

/** The reasons for the settings as detected; a setting the user changed reads "chosen by you". */
export function decisionTexts(
  t: TFunction,
  format: ImportFormat,
  overrides: SettingsOverrides,
): DecisionTexts {
  const byUser = t('imports.reasons.byUser');
  const { decisions, settings } = format;
  const chosen = (key: keyof SettingsOverrides, reason: string) =>
    overrides[key] !== undefined || reason === 'Chosen by the user';
  return {
    encoding:
      decisions.encoding === null
        ? null
        : chosen('encoding', decisions.encoding)
          ? byUser
          : encodingText(t, decisions.encoding),
    delimiter:
      decisions.delimiter === null
        ? null
        : chosen('delimiter', decisions.delimiter)
          ? byUser
          : delimiterText(t, decisions.delimiter, format),
    headerRow: chosen('headerRowNumber', decisions.headerRow)
      ? byUser
      : headerRowText(t, decisions.headerRow, settings.headerRowNumber),
    decimalStyle:
      overrides.decimalStyle !== undefined || decisions.decimalStyle.basis === 'user'
        ? byUser
        : decimalText(t, format),
    dateFormat:
      overrides.dateFormat !== undefined || decisions.dateFormat.basis === 'user'
        ? byUser
        : dateText(t, format),
  };
}

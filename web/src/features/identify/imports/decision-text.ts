import type { TFunction } from 'i18next';
import type {
  DelimiterReason,
  EncodingReason,
  HeaderRowReason,
  ImportFormat,
  SettingsOverrides,
} from '../../../api/imports.ts';
import { dateFormatLabel, delimiterLabel } from './format-options.ts';

/**
 * Why each setting was chosen, in the reader's language, from the codes and figures the server
 * sends with its English sentences. An import stored before the codes existed (its reasons are
 * plain sentences) gets a general sentence, never the English.
 */
export interface DecisionTexts {
  encoding: string | null;
  delimiter: string | null;
  headerRow: string;
  decimalStyle: string;
  dateFormat: string;
}

const example = { comma: '1.234,56', point: '1,234.56' } as const;

/** A reason stored before reasons had codes is an English sentence: it gets the general wording. */
const codeOf = <Reason extends { code: string }>(reason: Reason | string) =>
  typeof reason === 'string' ? undefined : reason;

function encodingText(t: TFunction, reason: EncodingReason | string, format: ImportFormat): string {
  switch (codeOf(reason)?.code) {
    case 'byte_order_mark':
      return t('imports.reasons.encodingBom', {
        encoding: format.settings.kind === 'csv' ? format.settings.encoding.toUpperCase() : 'UTF-8',
      });
    case 'not_utf8':
      return t('imports.reasons.encodingWindows');
    case 'valid_utf8':
      return t('imports.reasons.encodingUtf8');
    default:
      return t('imports.reasons.detected');
  }
}

function delimiterText(t: TFunction, reason: DelimiterReason | string, format: ImportFormat): string {
  const coded = codeOf(reason);
  switch (coded?.code) {
    case 'known_headers':
      return t('imports.reasons.delimiterHeaders', { count: coded.count ?? 0 });
    case 'consistent_columns':
      return t('imports.reasons.delimiterLines', { count: coded.columns ?? 0 });
    case 'no_separator':
      return t('imports.reasons.delimiterNone');
    default:
      return t('imports.reasons.delimiterDetected', {
        delimiter: format.settings.kind === 'csv' ? delimiterLabel(t, format.settings.delimiter) : '',
      });
  }
}

function headerRowText(t: TFunction, reason: HeaderRowReason | string, row: number): string {
  const coded = codeOf(reason);
  switch (coded?.code) {
    case 'known_headers':
      return t('imports.reasons.headerKnown', { row, count: coded.count ?? 0 });
    case 'first_full_width':
      return t('imports.reasons.headerWidth', { row });
    default:
      return t('imports.reasons.detected');
  }
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
  const chosen = (key: keyof SettingsOverrides, reason: { code: string } | string) =>
    overrides[key] !== undefined || codeOf(reason)?.code === 'chosen_by_user';
  return {
    encoding:
      decisions.encoding === null
        ? null
        : chosen('encoding', decisions.encoding)
          ? byUser
          : encodingText(t, decisions.encoding, format),
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

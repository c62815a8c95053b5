import type { DateFormat, DateFormatDecision, DecimalStyle } from '#contracts/import-formats.ts';
import { dateShape } from './parse-date.ts';

/**
 * One date format for the whole file, from the invoice-date column of the sample. Slash dates
 * are the hard case: 03/04/2026 is 3 April in Europe and March 4 in the US. A first part above
 * 12 proves day-first, a second part above 12 proves month-first; when the sample proves
 * neither, comma decimals (a European file) mean day-first and point decimals month-first.
 */
export function decideDateFormat(values: Iterable<string>, decimalStyle: DecimalStyle): DateFormatDecision {
  let dotted = 0;
  let iso = 0;
  let slash = 0;
  let dayFirst = 0;
  let monthFirst = 0;
  for (const value of values) {
    const shape = dateShape(value);
    if (!shape) continue;
    if (shape.kind === 'dotted') dotted++;
    else if (shape.kind === 'iso') iso++;
    else {
      slash++;
      if (shape.first > 12) dayFirst++;
      if (shape.second > 12) monthFirst++;
    }
  }
  if (dotted + iso + slash === 0) {
    const format: DateFormat = decimalStyle === 'comma' ? 'DD.MM.YYYY' : 'YYYY-MM-DD';
    return {
      format,
      basis: 'default',
      ambiguous: false,
      reason: `No text dates in the sample; ${format} assumed for any that follow`,
    };
  }
  if (dotted >= iso && dotted >= slash) {
    return {
      format: 'DD.MM.YYYY',
      basis: 'sample',
      ambiguous: false,
      reason: `${dotted} sample dates are DD.MM.YYYY`,
    };
  }
  if (iso >= slash) {
    return {
      format: 'YYYY-MM-DD',
      basis: 'sample',
      ambiguous: false,
      reason: `${iso} sample dates are YYYY-MM-DD`,
    };
  }
  if (dayFirst > 0 && monthFirst === 0) {
    return {
      format: 'DD/MM/YYYY',
      basis: 'sample',
      ambiguous: false,
      reason: `${dayFirst} sample dates have a first part above 12, so the day comes first`,
    };
  }
  if (monthFirst > 0 && dayFirst === 0) {
    return {
      format: 'MM/DD/YYYY',
      basis: 'sample',
      ambiguous: false,
      reason: `${monthFirst} sample dates have a second part above 12, so the month comes first`,
    };
  }
  if (dayFirst > 0 && monthFirst > 0) {
    const format: DateFormat = dayFirst >= monthFirst ? 'DD/MM/YYYY' : 'MM/DD/YYYY';
    return {
      format,
      basis: 'sample',
      ambiguous: true,
      reason: `The sample contradicts itself: ${dayFirst} dates are day-first, ${monthFirst} month-first; ${format} taken, the others will be reported`,
    };
  }
  const format: DateFormat = decimalStyle === 'comma' ? 'DD/MM/YYYY' : 'MM/DD/YYYY';
  return {
    format,
    basis: 'default',
    ambiguous: true,
    reason: `No sample date has a part above 12, so day and month cannot be told apart; ${format} assumed because the amounts use ${decimalStyle === 'comma' ? 'comma' : 'point'} decimals`,
  };
}

export function userDateFormat(format: DateFormat): DateFormatDecision {
  return { format, basis: 'user', ambiguous: false, reason: 'Chosen by the user' };
}

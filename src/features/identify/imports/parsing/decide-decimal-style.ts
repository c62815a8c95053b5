import type { DecimalStyle, DecimalStyleDecision, Delimiter } from '#contracts/import-formats.ts';
import { decimalStyleEvidence } from './parse-amount.ts';

export interface DecimalStyleHints {
  delimiter: Delimiter | null;
  /** The dates look German (DD.MM.YYYY). */
  dottedDates: boolean;
}

/**
 * One style for the whole file, from the amount and quantity columns of the sample. Mixed
 * evidence goes to the majority and the rows in the other style are reported, never guessed
 * per row: "1.234" means 1234 in one style and 1.234 in the other.
 */
export function decideDecimalStyle(values: Iterable<string>, hints: DecimalStyleHints): DecimalStyleDecision {
  let commaVotes = 0;
  let pointVotes = 0;
  for (const value of values) {
    const evidence = decimalStyleEvidence(value);
    if (evidence === 'comma') commaVotes++;
    else if (evidence === 'point') pointVotes++;
  }
  if (commaVotes === 0 && pointVotes === 0) {
    // German exports separate with ';' because ',' is their decimal mark; English ones use ','.
    const style: DecimalStyle = hints.delimiter === ',' ? 'point' : 'comma';
    const why =
      hints.delimiter === ','
        ? 'the file is separated by commas'
        : hints.delimiter === ';'
          ? 'the file is separated by semicolons, as German exports are'
          : hints.dottedDates
            ? 'the dates are written DD.MM.YYYY'
            : 'most users export from German tools';
    return {
      style,
      basis: 'default',
      commaVotes,
      pointVotes,
      reason: `No amount in the sample shows its decimal mark; ${style === 'comma' ? '1.234,56' : '1,234.56'} assumed because ${why}`,
    };
  }
  const style: DecimalStyle = commaVotes >= pointVotes ? 'comma' : 'point';
  const [winner, loser] = style === 'comma' ? [commaVotes, pointVotes] : [pointVotes, commaVotes];
  const example = style === 'comma' ? '1.234,56' : '1,234.56';
  return {
    style,
    basis: 'sample',
    commaVotes,
    pointVotes,
    reason:
      loser === 0
        ? `${winner} sample amounts are written like ${example}`
        : `${winner} sample amounts are written like ${example}, ${loser} the other way; those rows will be reported`,
  };
}

export function userDecimalStyle(style: DecimalStyle): DecimalStyleDecision {
  return { style, basis: 'user', commaVotes: 0, pointVotes: 0, reason: 'Chosen by the user' };
}

import Papa from 'papaparse';
import { type Delimiter, type DelimiterReason, delimiters, type Newline } from '#contracts/import-formats.ts';
import { papaConfig } from './csv-records.ts';
import { headerSearchRows } from './detected-format.ts';
import { fieldOfHeader } from './revenue-fields.ts';

export function detectNewline(text: string): Newline {
  const lineFeed = text.indexOf('\n');
  if (lineFeed > 0 && text[lineFeed - 1] === '\r') return '\r\n';
  if (lineFeed === -1 && text.includes('\r')) return '\r';
  return '\n';
}

function parseSample(text: string, delimiter: Delimiter, newline: Newline, complete: boolean): string[][] {
  const records = Papa.parse<string[]>(text, papaConfig({ delimiter, newline })).data;
  // A partial sample ends inside some record; a cut record would distort every count.
  return complete ? records : records.slice(0, -1);
}

const isBlankRecord = (record: readonly string[]) => record.every((field) => field.trim() === '');

export interface DelimiterScore {
  delimiter: Delimiter;
  records: string[][];
  /** The most common field count of non-empty records. */
  width: number;
  /** Share of non-empty records that have that count. */
  consistency: number;
  /** The most known header names one of the first records splits into. */
  knownHeaders: number;
}

function countKnownHeaders(record: readonly string[]): number {
  return record.filter((field) => fieldOfHeader(field.trim())).length;
}

export function scoreDelimiter(
  text: string,
  delimiter: Delimiter,
  newline: Newline,
  complete: boolean,
): DelimiterScore {
  const records = parseSample(text, delimiter, newline, complete);
  const counts = new Map<number, number>();
  let nonEmpty = 0;
  let knownHeaders = 0;
  for (const record of records) {
    if (isBlankRecord(record)) continue;
    nonEmpty++;
    counts.set(record.length, (counts.get(record.length) ?? 0) + 1);
    if (nonEmpty <= headerSearchRows) knownHeaders = Math.max(knownHeaders, countKnownHeaders(record));
  }
  let width = 0;
  let hits = 0;
  for (const [count, times] of counts) {
    if (times > hits || (times === hits && count > width)) [width, hits] = [count, times];
  }
  return { delimiter, records, width, consistency: nonEmpty ? hits / nonEmpty : 0, knownHeaders };
}

function label(delimiter: Delimiter): string {
  return delimiter === '\t' ? 'tab' : `“${delimiter}”`;
}

/**
 * The separator. The strongest sign is a header row that splits into known column names; a
 * file with unfamiliar headers goes by the separator that splits the lines into one
 * consistent width. A ';' file with comma decimals is also consistent when split at ',' (one
 * comma per amount), so among the near-equally consistent candidates the one giving more
 * columns wins.
 */
export function chooseDelimiter(
  text: string,
  newline: Newline,
  complete: boolean,
): { score: DelimiterScore; reason: DelimiterReason } {
  const scores = delimiters
    .map((delimiter) => scoreDelimiter(text, delimiter, newline, complete))
    .filter((score) => score.width >= 2 || score.knownHeaders >= 2);
  const byHeaders = [...scores].sort((a, b) => b.knownHeaders - a.knownHeaders)[0];
  if (byHeaders && byHeaders.knownHeaders >= 2) {
    return {
      score: byHeaders,
      reason: {
        code: 'known_headers',
        count: byHeaders.knownHeaders,
        text: `${label(byHeaders.delimiter)} splits the header row into ${byHeaders.knownHeaders} known column names`,
      },
    };
  }
  const best = Math.max(0, ...scores.map((score) => score.consistency));
  const chosen = scores
    .filter((score) => score.consistency >= best - 0.1)
    .sort((a, b) => b.width - a.width || b.consistency - a.consistency)[0];
  if (!chosen) {
    return {
      score: scoreDelimiter(text, ';', newline, complete),
      reason: {
        code: 'no_separator',
        text: 'No separator (; , or tab) splits the lines into columns; semicolon assumed',
      },
    };
  }
  return {
    score: chosen,
    reason: {
      code: 'consistent_columns',
      percent: Math.round(chosen.consistency * 100),
      columns: chosen.width,
      text: `${label(chosen.delimiter)} splits ${Math.round(chosen.consistency * 100)} % of the sample lines into ${chosen.width} columns`,
    },
  };
}

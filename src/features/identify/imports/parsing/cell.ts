/**
 * One cell as the file holds it, before any field rule applies. CSV knows only text; XLSX also
 * has typed numbers, dates, booleans, formulas and error values, and the field rules treat each
 * differently (normalise-line.ts), so the type is kept until then.
 */
export type CellInput =
  | { kind: 'empty' }
  | { kind: 'text'; text: string }
  /** `dateFormatted`: the cell's number format shows a date (only formulas keep it a number). */
  | { kind: 'number'; value: number; dateFormatted: boolean }
  | { kind: 'date'; value: Date }
  | { kind: 'boolean'; value: boolean }
  /**
   * Never evaluated. `formula` is the text without '=' ('' for a copy of a shared formula, whose
   * text sits in another cell); `result` is what Excel last calculated and stored, if anything.
   */
  | {
      kind: 'formula';
      formula: string;
      result: number | string | boolean | Date | null;
      dateFormatted: boolean;
    }
  | { kind: 'error'; error: string };

export interface SheetRow {
  /** The row number the user sees: the spreadsheet row, or the CSV record counted from 1. */
  rowNumber: number;
  cells: CellInput[];
}

export const emptyCell: CellInput = { kind: 'empty' };

export function textCell(text: string): CellInput {
  return text === '' ? emptyCell : { kind: 'text', text };
}

/** How a cell reads as plain text (headers, the preview, text fields of typed cells). */
export function cellDisplayText(cell: CellInput | undefined): string {
  if (!cell) return '';
  switch (cell.kind) {
    case 'empty':
      return '';
    case 'text':
      return cell.text;
    case 'number':
      return String(cell.value);
    case 'date':
      return Number.isNaN(cell.value.getTime()) ? '' : cell.value.toISOString().slice(0, 10);
    case 'boolean':
      return cell.value ? 'TRUE' : 'FALSE';
    case 'formula':
      return `=${cell.formula}`;
    case 'error':
      return cell.error;
  }
}

export function isBlankCell(cell: CellInput | undefined): boolean {
  return !cell || cell.kind === 'empty' || (cell.kind === 'text' && cell.text.trim() === '');
}

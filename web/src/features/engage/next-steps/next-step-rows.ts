import type { TFunction } from 'i18next';
import type { NextStepDraft } from '../../../api/relationship-types.ts';
import type { Option } from '../../../components/remote-select.tsx';
import { addDays, today } from '../../../i18n/days.ts';

/** A next step agreed in a conversation, as typed into the form around it. */
export interface NextStepRow {
  key: string;
  title: string;
  owner: Option | null;
  dueOn: string | null;
}

let rowKey = 0;

/** A new row: owned by me, due in a week, until the user says otherwise. */
export function newNextStepRow(owner: Option | null): NextStepRow {
  return { key: `s${++rowKey}`, title: '', owner, dueOn: addDays(today(), 7) };
}

/** The rows with a title; an untouched empty row is no step. */
export function toDrafts(rows: NextStepRow[]): NextStepDraft[] {
  return rows
    .filter((row) => row.title.trim() !== '')
    .map((row) => ({ title: row.title.trim(), ownerId: row.owner?.value ?? '', dueOn: row.dueOn ?? '' }));
}

/** Each started row needs an owner and a due day (errors keyed `nextSteps.N.field`). */
export function nextStepErrors(t: TFunction, rows: NextStepRow[]): Record<string, string> {
  const errors: Record<string, string> = {};
  rows.forEach((row, index) => {
    if (row.title.trim() === '') return;
    if (!row.owner) errors[`nextSteps.${index}.owner`] = t('nextSteps.ownerRequired');
    if (!row.dueOn) errors[`nextSteps.${index}.dueOn`] = t('validation.required');
  });
  return errors;
}

/** The API names a step's owner `ownerId`; the form `owner`. */
export function nextStepFormPath(path: string): string {
  return path.replace(/^nextSteps\.(\d+)\.ownerId$/, 'nextSteps.$1.owner');
}

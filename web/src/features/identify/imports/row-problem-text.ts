import type { TFunction } from 'i18next';
import { type RowProblem, rowProblemCodes } from '#contracts/import-report.ts';

const known = new Set<string>(rowProblemCodes);

/**
 * A bad row's reason in the reader's language. The cell's text is quoted in the server's message
 * (“31.02.2026” …); it is shown with the reason so the user finds the cell. A reason the client
 * does not know yet keeps the server's words.
 */
export function rowProblemText(t: TFunction, problem: Pick<RowProblem, 'code' | 'message'>): string {
  if (!known.has(problem.code)) return problem.message;
  const value = /“([^”]*)”/.exec(problem.message)?.[1];
  return value !== undefined
    ? t(`imports.rowProblems.${problem.code}_value`, {
        value,
        defaultValue: t(`imports.rowProblems.${problem.code}`),
      })
    : t(`imports.rowProblems.${problem.code}`);
}

import type { TFunction } from 'i18next';
import type { z } from 'zod';
import { ApiError } from '../api/problem.ts';

type FormErrors = Record<string, string>;

/** Field-level reasons the server names with a stable code, translated under `fieldCodes`. */
const fieldCodes = new Set([
  'last_admin',
  'wrong_password',
  'owner_role',
  'key_account_owner_role',
  'unknown_reference',
  'cycle',
  'required',
  'not_key_account',
  'threshold_order',
  'reports_to_cycle',
]);

function zodIssueText(t: TFunction, issue: z.core.$ZodIssue): string {
  const field = issue.path.map(String).join('.');
  switch (issue.code) {
    case 'too_small':
      if (issue.origin === 'string' && Number(issue.minimum) <= 1) return t('validation.required');
      if (issue.origin === 'string') return t('validation.tooShort', { min: Number(issue.minimum) });
      return t('validation.tooSmall', { min: Number(issue.minimum) });
    case 'too_big':
      if (issue.origin === 'string') return t('validation.tooLong', { max: Number(issue.maximum) });
      if (issue.origin === 'array') return t('validation.tooMany', { max: Number(issue.maximum) });
      return t('validation.tooBig', { max: Number(issue.maximum) });
    case 'invalid_format':
      if (issue.format === 'email') return t('validation.email');
      if (issue.format === 'url') return t('validation.url');
      if (field.endsWith('countryCode')) return t('validation.countryCode');
      if (field.endsWith('language')) return t('validation.language');
      return t('validation.format');
    default:
      if (field === 'website') return t('validation.url');
      return t('validation.invalid');
  }
}

/** Client-side check with the server's own zod contract; null when the payload is valid. */
export function validateWith(t: TFunction, schema: z.ZodType, payload: unknown): FormErrors | null {
  const result = schema.safeParse(payload);
  if (result.success) return null;
  const errors: FormErrors = {};
  for (const issue of result.error.issues) {
    const path = issue.path.map(String).join('.') || 'form';
    errors[path] ??= zodIssueText(t, issue);
  }
  return errors;
}

/**
 * Maps a server answer's field errors back onto form fields (path = field name). `messages` holds
 * translations for rules the caller knows by path, e.g. a wrong current password.
 */
export function serverFieldErrors(t: TFunction, error: unknown, messages: FormErrors = {}): FormErrors {
  if (!(error instanceof ApiError)) return {};
  const errors: FormErrors = {};
  for (const entry of error.errors) {
    const path = entry.path
      .replace(/^body\./, '')
      .replace(/^\//, '')
      .replaceAll('/', '.');
    if (!path) continue;
    switch (error.code) {
      case 'duplicate':
        errors[path] = t([`fieldProblems.duplicate_${path}`, 'fieldProblems.duplicate']);
        break;
      case 'invalid_reference':
        errors[path] = t('fieldProblems.invalid_reference');
        break;
      case 'hierarchy_cycle':
        errors[path] = t('fieldProblems.hierarchy_cycle');
        break;
      case 'reports_to_cycle':
        errors[path] = t('fieldCodes.reports_to_cycle');
        break;
      default:
        // A rule the client does not know yet: the server's field message is the best fallback.
        errors[path] =
          entry.code && fieldCodes.has(entry.code)
            ? t(`fieldCodes.${entry.code}`)
            : (messages[path] ?? entry.message);
    }
  }
  if (error.code === 'hierarchy_cycle' && !errors.parentId)
    errors.parentId = t('fieldProblems.hierarchy_cycle');
  if (error.code === 'reports_to_cycle' && !errors.reportsToContactId)
    errors.reportsToContactId = t('fieldCodes.reports_to_cycle');
  return errors;
}

/** After a failed save, bring the first invalid field into view so the message is not missed. */
export function focusFirstError(): void {
  requestAnimationFrame(() => {
    const field = document.querySelector<HTMLElement>('form [aria-invalid="true"]');
    field?.scrollIntoView({ block: 'center', behavior: 'smooth' });
    field?.focus({ preventScroll: true });
  });
}

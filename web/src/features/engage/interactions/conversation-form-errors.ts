import { nextStepFormPath } from '../next-steps/next-step-rows.ts';

/**
 * A logged conversation's API field paths (`occurredAt`, `contactIds.0`, `nextSteps.0.ownerId`)
 * as the form's fields, for the interaction form and the visit report alike; `ownPath` renames
 * what only one of them has. Of two messages for one field, the first stays.
 */
export function conversationFormErrors(
  errors: Record<string, string>,
  ownPath: (path: string) => string,
): Record<string, string> {
  const mapped: Record<string, string> = {};
  for (const [path, message] of Object.entries(errors)) {
    const field = ownPath(
      nextStepFormPath(path)
        .replace(/^occurredAt$/, 'day')
        .replace(/^contactIds(\.\d+)?$/, 'contactIds'),
    );
    mapped[field] ??= message;
  }
  return mapped;
}

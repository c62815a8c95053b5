import { Alert, type ButtonProps, Stack } from '@mantine/core';
import type { ReactNode } from 'react';
import { FormActions } from './form-actions.tsx';
import { focusFirstError } from './form-errors.ts';
import type { FormOf } from './form-types.ts';
import { ProblemAlert } from './problem-alert.tsx';

// biome-ignore lint/suspicious/noExplicitAny: mirrors Mantine's own constraint on form values.
interface CardFormProps<V extends Record<string, any>> {
  form: FormOf<V>;
  onSubmit: (values: V) => void;
  submitLabel: string;
  submitting: boolean;
  submitProps?: ButtonProps;
  /** A failure that belongs to no field. */
  error?: unknown;
  /** E.g. the note after a resolved conflict. */
  notice?: ReactNode;
  /** Shown after a save until the next edit. */
  success?: string | null;
  children: ReactNode;
}

/** A form inside a settings card: saved in place, the page stays. */
// biome-ignore lint/suspicious/noExplicitAny: see CardFormProps.
export function CardForm<V extends Record<string, any>>({
  form,
  onSubmit,
  submitLabel,
  submitting,
  submitProps,
  error,
  notice,
  success,
  children,
}: CardFormProps<V>) {
  return (
    <form onSubmit={form.onSubmit(onSubmit, focusFirstError)} noValidate>
      <Stack gap="md" maw={520}>
        {notice}
        <ProblemAlert error={error} />
        {success && !form.isDirty() ? (
          <Alert color="green" variant="light" role="status">
            {success}
          </Alert>
        ) : null}
        {children}
        <FormActions submitLabel={submitLabel} submitting={submitting} submitProps={submitProps} />
      </Stack>
    </form>
  );
}

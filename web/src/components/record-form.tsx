import { Alert, Stack } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { FormActions } from './form-actions.tsx';
import { focusFirstError } from './form-errors.ts';
import type { FormOf } from './form-types.ts';
import { problemText } from './problem-text.ts';

/** What the pages hand to a record's form (account, contact). */
// biome-ignore lint/suspicious/noExplicitAny: mirrors Mantine's own constraint on form values.
export interface RecordFormProps<V extends Record<string, any>> {
  form: FormOf<V>;
  onSubmit: (values: V) => void;
  submitting: boolean;
  /** A failure that belongs to no single field. */
  error?: unknown;
  submitLabel: string;
  onCancel: () => void;
  /** Shown above the fields, e.g. after a resolved conflict. */
  notice?: ReactNode;
}

/** The frame of a record form: notice and general error on top, fieldsets, cancel and submit below. */
// biome-ignore lint/suspicious/noExplicitAny: see RecordFormProps.
export function RecordForm<V extends Record<string, any>>({
  form,
  onSubmit,
  submitting,
  error,
  submitLabel,
  onCancel,
  notice,
  children,
}: RecordFormProps<V> & { children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <form onSubmit={form.onSubmit(onSubmit, focusFirstError)} noValidate style={{ maxWidth: 1040 }}>
      <Stack gap="lg">
        {notice}
        {error ? (
          <Alert color="red" variant="light" role="alert">
            {problemText(t, error)}
          </Alert>
        ) : null}
        {children}
        <FormActions submitLabel={submitLabel} submitting={submitting} onCancel={onCancel} />
      </Stack>
    </form>
  );
}

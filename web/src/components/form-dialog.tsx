import { Button, Group, Modal, Stack } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormActions } from './form-actions.tsx';
import { focusFirstError, serverFieldErrors } from './form-errors.ts';
import type { FormOf } from './form-types.ts';
import { ProblemAlert } from './problem-alert.tsx';
import { generalError } from './use-versioned-edit.tsx';

// biome-ignore lint/suspicious/noExplicitAny: mirrors Mantine's own constraint on form values.
interface FormDialogProps<V extends Record<string, any>, R> {
  opened: boolean;
  onClose: () => void;
  title: string;
  form: FormOf<V>;
  submit: (values: V) => Promise<R>;
  submitLabel: string;
  /** The fields. */
  children: ReactNode;
  /** API field paths to form paths. */
  toFormErrors?: (errors: Record<string, string>) => Record<string, string>;
  /**
   * What to show once it worked (a new token, a start password) until the user closes the
   * dialog; without it the dialog closes at once.
   */
  done?: { title: string; render: (result: R) => ReactNode };
}

/** A short form in a dialog; the server's field errors land on the fields. */
// biome-ignore lint/suspicious/noExplicitAny: see FormDialogProps.
export function FormDialog<V extends Record<string, any>, R>({
  opened,
  onClose,
  title,
  form,
  submit,
  submitLabel,
  children,
  toFormErrors = (errors) => errors,
  done,
}: FormDialogProps<V, R>) {
  const { t } = useTranslation();
  const [result, setResult] = useState<{ value: R } | null>(null);
  const close = () => {
    onClose();
    // Forget what was shown (a secret) as soon as the dialog is gone.
    setResult(null);
    form.reset();
    mutation.reset();
  };
  const mutation = useMutation({
    mutationFn: submit,
    onSuccess: (value) => (done ? setResult({ value }) : close()),
    onError: (error) => {
      form.setErrors(toFormErrors(serverFieldErrors(t, error)));
      focusFirstError();
    },
  });

  return (
    <Modal
      opened={opened}
      onClose={close}
      title={result && done ? done.title : title}
      centered
      size="lg"
      closeOnClickOutside={result === null}
    >
      {result && done ? (
        <Stack>
          {done.render(result.value)}
          <Group justify="flex-end">
            <Button onClick={close}>{t('common.done')}</Button>
          </Group>
        </Stack>
      ) : (
        <form onSubmit={form.onSubmit((values) => mutation.mutate(values), focusFirstError)} noValidate>
          <Stack>
            <ProblemAlert error={generalError(mutation.error)} />
            {children}
            <FormActions submitLabel={submitLabel} submitting={mutation.isPending} onCancel={close} />
          </Stack>
        </form>
      )}
    </Modal>
  );
}

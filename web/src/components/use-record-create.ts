import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { focusFirstError, serverFieldErrors } from './form-errors.ts';
import type { FormOf } from './form-types.ts';
import { generalError } from './use-versioned-edit.tsx';

interface RecordCreateOptions<R, V extends object, P> {
  form: FormOf<V>;
  toPayload: (values: V) => P;
  create: (body: P) => Promise<R>;
  /** API field paths to form paths. */
  toFormErrors?: (errors: Record<string, string>) => Record<string, string>;
  onCreated: (record: R) => unknown;
}

/** Creating a record from a form: the server's field errors land on the fields. */
export function useRecordCreate<R, V extends object, P>(options: RecordCreateOptions<R, V, P>) {
  const { form, toFormErrors = (errors) => errors } = options;
  const { t } = useTranslation();
  const create = useMutation({
    mutationFn: options.create,
    onSuccess: options.onCreated,
    onError: (error) => {
      form.setErrors(toFormErrors(serverFieldErrors(t, error)));
      focusFirstError();
    },
  });
  return {
    submit: (values: V) => create.mutate(options.toPayload(values)),
    submitting: create.isPending,
    /** A failure that belongs to no field. */
    error: generalError(create.error),
  };
}

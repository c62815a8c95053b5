import { useMutation } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../api/problem.ts';
import { changedFields } from './changed-fields.ts';
import { ConflictDialog } from './conflict-dialog.tsx';
import { focusFirstError, serverFieldErrors } from './form-errors.ts';
import type { FormOf } from './form-types.ts';
import { ConflictNotice, generalError, useVersionedEdit } from './use-versioned-edit.tsx';

interface Versioned {
  id: string;
  version: number;
}

interface RecordEditorOptions<R extends Versioned, V extends object, P extends object> {
  initial: R;
  form: FormOf<V>;
  toValues: (record: R) => V;
  toPayload: (values: V) => P;
  fetchLatest: (id: string) => Promise<R>;
  update: (id: string, body: Partial<P> & { version: number }) => Promise<R>;
  /** API field paths to form paths. */
  toFormErrors?: (errors: Record<string, string>) => Record<string, string>;
  /** Translations of the server's field messages the client knows by path. */
  fieldMessages?: Record<string, string>;
  onSaved: (record: R) => unknown;
  /** Nothing was changed: nothing is sent. */
  onUnchanged?: () => unknown;
}

/**
 * Editing a saved record: sends only the changed fields with the version the edit started from,
 * maps field errors back onto the form, and resolves a 409 with the conflict dialog.
 */
export function useRecordEditor<R extends Versioned, V extends object, P extends object>(
  options: RecordEditorOptions<R, V, P>,
) {
  const { form, toValues, toPayload, toFormErrors = (errors) => errors } = options;
  const { t } = useTranslation();
  const edit = useVersionedEdit({
    initial: options.initial,
    form,
    toValues,
    fetchLatest: options.fetchLatest,
  });
  const { base } = edit;

  const save = useMutation({
    mutationFn: (body: Partial<P> & { version: number }) => options.update(base.id, body),
    onSuccess: (record) => {
      edit.rebase(record);
      return options.onSaved(record);
    },
    onError: (error) =>
      edit.onSaveError(error, () => {
        form.setErrors(toFormErrors(serverFieldErrors(t, error, options.fieldMessages)));
        focusFirstError();
      }),
  });

  const submit = (values: V) => {
    edit.setNotice(null);
    const changes = changedFields(toPayload(values), toPayload(toValues(base)));
    if (Object.keys(changes).length === 0) {
      options.onUnchanged?.();
      return;
    }
    save.mutate({ version: base.version, ...changes });
  };

  /** A failure that belongs to no field and is not a conflict. */
  const error = generalError(save.error);
  const notice = (
    <ConflictNotice
      notice={edit.notice}
      unresolved={isApiError(save.error, 'version_conflict') && edit.notice === null}
      onClose={() => edit.setNotice(null)}
    />
  );
  return {
    base,
    submit,
    saving: save.isPending,
    saved: save.isSuccess,
    error,
    notice,
    /** What a CardForm or RecordForm takes from the editor. */
    formProps: { onSubmit: submit, submitting: save.isPending, error, notice },
    dialog: (
      <ConflictDialog
        opened={edit.conflict}
        loading={edit.resolving}
        onClose={edit.closeConflict}
        onDiscardMine={() => void edit.resolve(false).then(() => save.reset())}
        onKeepMine={() => void edit.resolve(true).then(() => save.reset())}
      />
    ),
    /** Follow a newer version saved elsewhere (only while the form holds no edits). */
    follow: (record: R) => {
      if (record.version > base.version && !form.isDirty()) edit.rebase(record);
    },
  };
}

import { Alert } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../api/problem.ts';
import type { FormOf } from './form-types.ts';
import { comparableJson, reapplyEdits } from './reapply-edits.ts';

interface Versioned {
  id: string;
  version: number;
}

interface VersionedEditOptions<R extends Versioned, V extends object> {
  initial: R;
  form: FormOf<V>;
  toValues: (record: R) => V;
  fetchLatest: (id: string) => Promise<R>;
}

/**
 * Optimistic locking in a form: edits are based on `base` (its version goes with the save). On a
 * 409 the user decides: load the latest version and discard their edits, or keep their edits on
 * top of it and save again.
 */
export function useVersionedEdit<R extends Versioned, V extends Record<string, unknown> | object>({
  initial,
  form,
  toValues,
  fetchLatest,
}: VersionedEditOptions<R, V>) {
  const [base, setBase] = useState(initial);
  const [conflict, setConflict] = useState(false);
  const [resolving, setResolving] = useState(false);
  const [notice, setNotice] = useState<'kept' | 'discarded' | null>(null);

  const resolve = async (keepMine: boolean) => {
    setResolving(true);
    try {
      const latest = await fetchLatest(base.id);
      const latestValues = toValues(latest);
      const next = keepMine
        ? reapplyEdits(form.getValues(), toValues(base), latestValues, comparableJson)
        : latestValues;
      setBase(latest);
      form.setValues(next);
      form.resetDirty(next);
      form.clearErrors();
      setNotice(keepMine ? 'kept' : 'discarded');
      setConflict(false);
    } finally {
      setResolving(false);
    }
  };

  /** After a save (or a newer version from elsewhere): edit on top of it, with the form clean. */
  const rebase = (record: R) => {
    const values = toValues(record);
    setBase(record);
    form.setValues(values);
    form.resetDirty(values);
  };

  const onSaveError = (error: unknown, setFieldErrors: () => void) => {
    if (isApiError(error, 'version_conflict')) setConflict(true);
    else setFieldErrors();
  };

  return {
    base,
    conflict,
    closeConflict: () => setConflict(false),
    resolving,
    resolve,
    rebase,
    notice,
    setNotice,
    onSaveError,
  };
}

/** The note above the form after the user resolved a conflict (or while it is unresolved). */
export function ConflictNotice({
  notice,
  unresolved,
  onClose,
}: {
  notice: 'kept' | 'discarded' | null;
  unresolved: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  if (notice) {
    return (
      <Alert color="blue" variant="light" role="status" withCloseButton onClose={onClose}>
        {notice === 'kept' ? t('conflict.keptNotice') : t('conflict.discardedNotice')}
      </Alert>
    );
  }
  if (unresolved) {
    return (
      <Alert color="orange" variant="light" role="alert" data-testid="conflict-alert">
        {t('conflict.message')}
      </Alert>
    );
  }
  return null;
}

/** A save failure that belongs to no field and is not a conflict (those have their own display). */
export function generalError(error: unknown): unknown {
  if (!error || isApiError(error, 'version_conflict')) return null;
  if (isApiError(error) && error.errors.length > 0 && error.code !== 'payload_too_large') return null;
  return error;
}

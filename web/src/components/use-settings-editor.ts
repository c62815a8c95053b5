import { type FetchQueryOptions, type QueryKey, useQueryClient } from '@tanstack/react-query';
import type { FormOf } from './form-types.ts';
import { useRecordEditor } from './use-record-editor.tsx';

interface SettingsEditorOptions<
  S extends { version: number },
  V extends object,
  P extends object,
  K extends QueryKey,
> {
  /** The settings as loaded. */
  settings: S;
  form: FormOf<V>;
  toValues: (settings: S) => V;
  toPayload: (values: V) => P;
  /** Where the settings are cached (and loaded again after a conflict). */
  query: FetchQueryOptions<S, Error, S, K>;
  update: (body: Partial<P> & { version: number }) => Promise<S>;
  onSaved?: (settings: S) => unknown;
}

type Identified<S> = S & { id: string };

/**
 * Editing a workspace's settings (one record per workspace) like any versioned record: changed
 * fields only, 409 resolved with the conflict dialog. The record editor wants an id; settings
 * have none, so they get a fixed one here.
 */
export function useSettingsEditor<
  S extends { version: number },
  V extends object,
  P extends object,
  K extends QueryKey,
>(options: SettingsEditorOptions<S, V, P, K>) {
  const queryClient = useQueryClient();
  const identified = (settings: S): Identified<S> => ({ ...settings, id: 'settings' });
  return useRecordEditor<Identified<S>, V, P>({
    initial: identified(options.settings),
    form: options.form,
    toValues: options.toValues,
    toPayload: options.toPayload,
    fetchLatest: async () => identified(await queryClient.fetchQuery({ ...options.query, staleTime: 0 })),
    update: async (_id, body) => identified(await options.update(body)),
    onSaved: async (saved) => {
      queryClient.setQueryData<S>(options.query.queryKey as QueryKey, saved);
      await options.onSaved?.(saved);
    },
  });
}

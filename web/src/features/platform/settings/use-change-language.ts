import { useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { meApi } from '../../../api/me.ts';
import { isApiError } from '../../../api/problem.ts';
import { meQuery } from '../../../api/session.ts';
import type { Me } from '../../../api/types.ts';
import { applyLocale } from '../../../i18n/i18n.ts';
import type { Locale } from '../../../i18n/locale.ts';

/**
 * Switches the UI language at once, remembers it in this browser (for the sign-in page) and,
 * when someone is signed in, in their profile so it follows them to other devices.
 */
export function useChangeLanguage(): (locale: Locale) => Promise<void> {
  const queryClient = useQueryClient();
  return useCallback(
    async (locale: Locale) => {
      await applyLocale(locale);
      const save = async (me: Me | undefined, retry: boolean): Promise<void> => {
        if (!me || me.user.locale === locale) return;
        try {
          const user = await meApi.updateProfile({ version: me.user.version, locale });
          queryClient.setQueryData(meQuery.queryKey, { ...me, user });
        } catch (error) {
          if (retry && isApiError(error, 'version_conflict')) {
            await save(await queryClient.fetchQuery({ ...meQuery, staleTime: 0 }), false);
          }
        }
      };
      await save(queryClient.getQueryData(meQuery.queryKey), true);
    },
    [queryClient],
  );
}

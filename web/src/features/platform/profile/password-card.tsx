import { Checkbox, PasswordInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ZPassword } from '#contracts/users.ts';
import { meApi, mySessionsQuery } from '../../../api/me.ts';
import { isApiError } from '../../../api/problem.ts';
import { meQuery } from '../../../api/session.ts';
import type { Me } from '../../../api/types.ts';
import { CardForm } from '../../../components/card-form.tsx';
import { focusFirstError, serverFieldErrors, validateWith } from '../../../components/form-errors.ts';
import { SectionCard } from '../../../components/section-card.tsx';
import { generalError } from '../../../components/use-versioned-edit.tsx';

interface PasswordValues {
  currentPassword: string;
  newPassword: string;
  repeatPassword: string;
  revokeTokens: boolean;
}

const empty: PasswordValues = {
  currentPassword: '',
  newPassword: '',
  repeatPassword: '',
  revokeTokens: true,
};

/** Change my password: the current one proves it is me; my other sessions end. */
export function PasswordCard({ email }: { email: string }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const form = useForm<PasswordValues>({
    initialValues: empty,
    validate: (values) => ({
      currentPassword: values.currentPassword ? null : t('validation.required'),
      newPassword: validateWith(t, ZPassword, values.newPassword)?.form ?? null,
      repeatPassword: values.repeatPassword === values.newPassword ? null : t('profile.passwordMismatch'),
    }),
  });

  const change = useMutation({
    mutationFn: async ({ currentPassword, newPassword, revokeTokens }: PasswordValues) => {
      const send = (version: number) =>
        meApi.updateProfile({ version, currentPassword, newPassword, revokeTokens });
      const me = await queryClient.ensureQueryData(meQuery);
      try {
        return await send(me.user.version);
      } catch (error) {
        // A password does not merge with anything: retry once on the latest version.
        if (!isApiError(error, 'version_conflict')) throw error;
        const latest = await queryClient.fetchQuery({ ...meQuery, staleTime: 0 });
        return send(latest.user.version);
      }
    },
    onSuccess: (user) => {
      queryClient.setQueryData<Me>(meQuery.queryKey, (me) => (me ? { ...me, user } : me));
      void queryClient.invalidateQueries({ queryKey: mySessionsQuery.queryKey });
      form.setValues(empty);
      form.resetDirty(empty);
    },
    onError: (error) => {
      form.setErrors(
        serverFieldErrors(t, error, {
          currentPassword: t('fieldCodes.wrong_password'),
          newPassword: t('validation.tooShort', { min: 10 }),
        }),
      );
      focusFirstError();
    },
  });

  return (
    <SectionCard title={t('profile.password')} description={t('profile.passwordHint')}>
      <CardForm
        form={form}
        onSubmit={(values) => change.mutate(values)}
        submitLabel={t('profile.changePassword')}
        submitting={change.isPending}
        error={generalError(change.error)}
        success={
          change.isSuccess
            ? t(
                change.variables?.revokeTokens
                  ? 'profile.passwordChangedTokensRevoked'
                  : 'profile.passwordChanged',
              )
            : null
        }
      >
        {/* Lets password managers file the new password under the right login. */}
        <input type="text" name="username" autoComplete="username" value={email} readOnly hidden />
        <PasswordInput
          label={t('profile.currentPassword')}
          autoComplete="current-password"
          required
          {...form.getInputProps('currentPassword')}
        />
        <PasswordInput
          label={t('profile.newPassword')}
          description={t('setup.passwordHint')}
          autoComplete="new-password"
          required
          {...form.getInputProps('newPassword')}
        />
        <PasswordInput
          label={t('profile.repeatPassword')}
          autoComplete="new-password"
          required
          {...form.getInputProps('repeatPassword')}
        />
        <Checkbox
          label={t('profile.revokeTokens')}
          description={t('profile.revokeTokensHint')}
          {...form.getInputProps('revokeTokens', { type: 'checkbox' })}
        />
      </CardForm>
    </SectionCard>
  );
}

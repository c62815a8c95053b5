import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { ZPassword } from '#contracts/users.ts';
import type { User } from '../../../api/types.ts';
import { CardForm } from '../../../components/card-form.tsx';
import { focusFirstError, serverFieldErrors, validateWith } from '../../../components/form-errors.ts';
import { SectionCard } from '../../../components/section-card.tsx';
import { generalError } from '../../../components/use-versioned-edit.tsx';
import { PasswordField } from './password-field.tsx';
import { useUserChange } from './use-user-change.ts';

/** An admin sets a new password for a colleague who forgot theirs (or after a break-in). */
export function UserPasswordCard({ user }: { user: User }) {
  const { t } = useTranslation();
  const change = useUserChange(user);
  const form = useForm({
    initialValues: { password: '' },
    validate: { password: (value) => validateWith(t, ZPassword, value)?.form ?? null },
  });
  const submit = (values: { password: string }) =>
    change.mutate(
      { password: values.password },
      {
        onSuccess: () => form.reset(),
        onError: (error) => {
          form.setErrors(serverFieldErrors(t, error));
          focusFirstError();
        },
      },
    );
  return (
    <SectionCard
      title={t('users.resetPassword')}
      description={t('users.resetPasswordHint', { name: user.name })}
    >
      <CardForm
        form={form}
        onSubmit={submit}
        submitLabel={t('users.resetPasswordSubmit')}
        submitting={change.isPending}
        submitProps={{ variant: 'default' }}
        error={generalError(change.error)}
        success={change.isSuccess ? t('users.passwordReset', { name: user.name }) : null}
      >
        <PasswordField label={t('profile.newPassword')} required {...form.getInputProps('password')} />
      </CardForm>
    </SectionCard>
  );
}

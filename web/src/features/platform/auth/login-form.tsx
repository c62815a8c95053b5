import { Alert, Button, PasswordInput, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../../api/problem.ts';
import { meQuery, sessionApi } from '../../../api/session.ts';
import { problemText } from '../../../components/problem-text.ts';
import { applyLocale } from '../../../i18n/i18n.ts';

interface LoginFormProps {
  redirectTo?: string;
}

export function LoginForm({ redirectTo }: LoginFormProps) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const form = useForm({
    initialValues: { email: '', password: '' },
    validate: {
      email: (value) => (value.trim() ? null : t('validation.required')),
      password: (value) => (value ? null : t('validation.required')),
    },
  });
  const login = useMutation({
    mutationFn: (values: { email: string; password: string }) =>
      sessionApi.login({ email: values.email.trim(), password: values.password }),
    onSuccess: async ({ user }) => {
      queryClient.clear();
      await applyLocale(user.locale);
      await queryClient.fetchQuery(meQuery);
      const target = redirectTo?.startsWith('/') && !redirectTo.startsWith('//') ? redirectTo : '/';
      await navigate({ href: target, replace: true });
    },
  });

  const error = login.error;
  return (
    <form onSubmit={form.onSubmit((values) => login.mutate(values))} noValidate>
      <Stack>
        {error ? (
          <Alert color="red" variant="light" role="alert">
            {isApiError(error, 'unauthenticated') ? t('login.wrongCredentials') : problemText(t, error)}
          </Alert>
        ) : null}
        <TextInput
          label={t('fields.email')}
          type="email"
          autoComplete="username"
          required
          autoFocus
          {...form.getInputProps('email')}
        />
        <PasswordInput
          label={t('fields.password')}
          autoComplete="current-password"
          required
          {...form.getInputProps('password')}
        />
        <Button type="submit" loading={login.isPending} fullWidth mt="xs">
          {t('login.submit')}
        </Button>
      </Stack>
    </form>
  );
}

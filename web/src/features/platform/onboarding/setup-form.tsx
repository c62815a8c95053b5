import { Alert, Button, PasswordInput, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { ZSetupRequest } from '#contracts/setup.ts';
import { isApiError } from '../../../api/problem.ts';
import { meQuery, type SetupRequest, sessionApi } from '../../../api/session.ts';
import { focusFirstError, serverFieldErrors, validateWith } from '../../../components/form-errors.ts';
import { problemText } from '../../../components/problem-text.ts';
import { currentLocale } from '../../../i18n/i18n.ts';

export function SetupForm() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const form = useForm({
    initialValues: { workspaceName: '', name: '', email: '', password: '' },
    validate: (values) => validateWith(t, ZSetupRequest, values) ?? {},
    validateInputOnBlur: true,
  });
  const setup = useMutation({
    mutationFn: (body: SetupRequest) => sessionApi.setup(body),
    onSuccess: async () => {
      queryClient.clear();
      await queryClient.fetchQuery(meQuery);
      await navigate({ to: '/accounts', replace: true });
    },
    onError: (error) => {
      form.setErrors(serverFieldErrors(t, error));
      focusFirstError();
    },
  });

  const error = setup.error;
  return (
    <form
      onSubmit={form.onSubmit((values) =>
        setup.mutate({ ...values, email: values.email.trim(), locale: currentLocale() }),
      )}
      noValidate
    >
      <Stack>
        {error && !(isApiError(error) && error.errors.length > 0) ? (
          <Alert color={isApiError(error, 'setup_done') ? 'yellow' : 'red'} variant="light" role="alert">
            {problemText(t, error)}
          </Alert>
        ) : null}
        <TextInput
          label={t('setup.workspaceName')}
          description={t('setup.workspaceNameHint')}
          required
          autoFocus
          {...form.getInputProps('workspaceName')}
        />
        <TextInput label={t('setup.name')} autoComplete="name" required {...form.getInputProps('name')} />
        <TextInput
          label={t('fields.email')}
          type="email"
          autoComplete="email"
          required
          {...form.getInputProps('email')}
        />
        <PasswordInput
          label={t('fields.password')}
          description={t('setup.passwordHint')}
          autoComplete="new-password"
          required
          {...form.getInputProps('password')}
        />
        <Button type="submit" loading={setup.isPending} fullWidth mt="xs">
          {t('setup.submit')}
        </Button>
      </Stack>
    </form>
  );
}

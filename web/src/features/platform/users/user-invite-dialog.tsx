import { Alert, SimpleGrid, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { ZUserCreate } from '#contracts/users.ts';
import type { Role, UserCreate } from '../../../api/types.ts';
import { usersApi } from '../../../api/users.ts';
import { CopyField } from '../../../components/copy-field.tsx';
import { FormDialog } from '../../../components/form-dialog.tsx';
import { validateWith } from '../../../components/form-errors.ts';
import { LocaleSelect } from '../../../components/locale-select.tsx';
import { PasswordField } from './password-field.tsx';
import { useUserWritten } from './use-user-written.ts';
import { RoleFields, type RoleValues, teamFor } from './user-fields.tsx';

interface InviteValues extends RoleValues {
  name: string;
  email: string;
  locale: 'de' | 'en';
  password: string;
}

const initialValues: InviteValues = {
  name: '',
  email: '',
  role: 'key_account_manager',
  team: '',
  locale: 'de',
  password: '',
};

function toPayload(values: InviteValues): UserCreate {
  return {
    name: values.name.trim(),
    email: values.email.trim(),
    role: values.role as Role,
    team: teamFor(values),
    locale: values.locale,
    password: values.password,
  };
}

/** Give a colleague access: the admin sets a start password and passes it on in person. */
export function UserInviteDialog({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const written = useUserWritten();
  const form = useForm<InviteValues>({
    initialValues,
    validateInputOnBlur: true,
    validate: (values) => validateWith(t, ZUserCreate, toPayload(values)) ?? {},
  });
  return (
    <FormDialog
      opened={opened}
      onClose={onClose}
      title={t('users.inviteTitle')}
      form={form}
      submitLabel={t('users.inviteSubmit')}
      submit={async (values) => {
        const user = await usersApi.create(toPayload(values));
        written(user);
        return { user, password: values.password };
      }}
      done={{
        title: t('users.invitedTitle'),
        render: ({ user, password }) => (
          <>
            <Alert color="green" variant="light" role="status">
              {t('users.invited', { name: user.name })}
            </Alert>
            <Text size="sm">{t('users.invitedHint', { name: user.name })}</Text>
            <CopyField label={t('fields.email')} value={user.email} />
            <CopyField label={t('users.startPassword')} value={password} />
          </>
        ),
      }}
    >
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <TextInput label={t('fields.name')} required data-autofocus {...form.getInputProps('name')} />
        <TextInput label={t('fields.email')} type="email" required {...form.getInputProps('email')} />
      </SimpleGrid>
      <RoleFields form={form} />
      <LocaleSelect {...form.getInputProps('locale')} />
      <PasswordField
        label={t('users.startPassword')}
        description={t('users.startPasswordHint')}
        required
        {...form.getInputProps('password')}
      />
    </FormDialog>
  );
}

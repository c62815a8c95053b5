import { TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { ZUserUpdate } from '#contracts/users.ts';
import type { Role, User } from '../../../api/types.ts';
import { userQuery, usersApi } from '../../../api/users.ts';
import { CardForm } from '../../../components/card-form.tsx';
import { validateWith } from '../../../components/form-errors.ts';
import { SectionCard } from '../../../components/section-card.tsx';
import { useRecordEditor } from '../../../components/use-record-editor.tsx';
import { useUserWritten } from './use-user-written.ts';
import { RoleFields, type RoleValues, teamFor } from './user-fields.tsx';

interface UserValues extends RoleValues {
  name: string;
}

const toValues = (user: User): UserValues => ({ name: user.name, role: user.role, team: user.team ?? '' });
const toPayload = (values: UserValues) => ({
  name: values.name.trim(),
  role: values.role as Role,
  team: teamFor(values),
});

/** Name, role and team of a colleague. */
export function UserDetailsCard({ user }: { user: User }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const written = useUserWritten();
  const form = useForm<UserValues>({
    initialValues: toValues(user),
    validateInputOnBlur: true,
    validate: (values) => validateWith(t, ZUserUpdate, { version: user.version, ...toPayload(values) }) ?? {},
  });
  const editor = useRecordEditor({
    initial: user,
    form,
    toValues,
    toPayload,
    fetchLatest: (id) => queryClient.fetchQuery({ ...userQuery(id), staleTime: 0 }),
    update: usersApi.update,
    fieldMessages: { role: t('fieldCodes.last_admin') },
    onSaved: written,
  });

  // Deactivation or a password reset saved a newer version: follow it unless the form holds edits.
  // biome-ignore lint/correctness/useExhaustiveDependencies: only a new saved version matters here.
  useEffect(() => editor.follow(user), [user]);

  return (
    <SectionCard title={t('users.details')}>
      <CardForm
        form={form}
        {...editor.formProps}
        submitLabel={t('actions.save')}
        submitProps={{ disabled: !form.isDirty() }}
      >
        <TextInput label={t('fields.name')} required {...form.getInputProps('name')} />
        <TextInput label={t('fields.email')} value={user.email} readOnly variant="filled" />
        <RoleFields form={form} />
      </CardForm>
      {editor.dialog}
    </SectionCard>
  );
}

import { TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { ZProfileUpdate } from '#contracts/users.ts';
import { meApi } from '../../../api/me.ts';
import { meQuery } from '../../../api/session.ts';
import type { Me, User } from '../../../api/types.ts';
import { CardForm } from '../../../components/card-form.tsx';
import { validateWith } from '../../../components/form-errors.ts';
import { LocaleSelect } from '../../../components/locale-select.tsx';
import { SectionCard } from '../../../components/section-card.tsx';
import { useRecordEditor } from '../../../components/use-record-editor.tsx';
import { applyLocale } from '../../../i18n/i18n.ts';
import type { Locale } from '../../../i18n/locale.ts';

interface ProfileValues {
  name: string;
  locale: Locale;
}

const toValues = (user: User): ProfileValues => ({
  name: user.name,
  locale: user.locale === 'en' ? 'en' : 'de',
});
const toPayload = (values: ProfileValues) => ({ name: values.name.trim(), locale: values.locale });
const ZProfileFields = ZProfileUpdate.pick({ name: true, locale: true });

/** My name and language; saved with the version it started from, like every other record. */
export function ProfileCard({ user }: { user: User }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const form = useForm<ProfileValues>({
    initialValues: toValues(user),
    validateInputOnBlur: true,
    validate: (values) => validateWith(t, ZProfileFields, toPayload(values)) ?? {},
  });
  const editor = useRecordEditor({
    initial: user,
    form,
    toValues,
    toPayload,
    fetchLatest: async () => (await queryClient.fetchQuery({ ...meQuery, staleTime: 0 })).user,
    update: (_id, body) => meApi.updateProfile(body),
    onSaved: async (saved) => {
      queryClient.setQueryData<Me>(meQuery.queryKey, (me) => (me ? { ...me, user: saved } : me));
      await applyLocale(saved.locale);
    },
  });

  // The language menu or a password change saved a newer version: follow it unless I am typing.
  // biome-ignore lint/correctness/useExhaustiveDependencies: only a new saved version matters here.
  useEffect(() => editor.follow(user), [user]);

  return (
    <SectionCard title={t('profile.personal')} description={t('profile.personalHint')}>
      <CardForm
        form={form}
        {...editor.formProps}
        submitLabel={t('actions.save')}
        success={editor.saved ? t('profile.saved') : null}
      >
        <TextInput label={t('fields.name')} autoComplete="name" required {...form.getInputProps('name')} />
        <TextInput
          label={t('fields.email')}
          description={t('profile.emailHint')}
          value={user.email}
          readOnly
          variant="filled"
        />
        <LocaleSelect description={t('profile.languageHint')} {...form.getInputProps('locale')} />
      </CardForm>
      {editor.dialog}
    </SectionCard>
  );
}

import { ActionIcon, Button, Group, Stack, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { FormOf } from '../../../components/form-types.ts';
import { userOptions } from '../../../components/option-sources.ts';
import { RemoteSelect } from '../../../components/remote-select.tsx';
import { type AccountFormValues, newTeamRow } from './account-form-values.ts';

/** The account team: internal people with their role for this account. */
export function TeamEditor({ form }: { form: FormOf<AccountFormValues> }) {
  const { t } = useTranslation();
  const team = form.getValues().team;
  return (
    <Stack gap="xs">
      <Text size="sm" fw={500}>
        {t('fields.team')}
      </Text>
      {team.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('accounts.teamEmpty')}
        </Text>
      ) : null}
      {team.map((member, index) => (
        <Group key={member.key} align="flex-start" gap="xs" wrap="nowrap">
          <RemoteSelect
            aria-label={t('accounts.teamMember', { index: index + 1 })}
            placeholder={t('accounts.teamMemberPlaceholder')}
            {...userOptions}
            value={member.user?.value ?? null}
            selected={member.user}
            onChange={(option) => form.setFieldValue(`team.${index}.user`, option)}
            error={form.errors[`team.${index}.user`]}
            style={{ flex: 1 }}
          />
          <TextInput
            aria-label={t('accounts.teamRole', { index: index + 1 })}
            placeholder={t('accounts.teamRolePlaceholder')}
            {...form.getInputProps(`team.${index}.teamRole`)}
            style={{ flex: 1 }}
          />
          <ActionIcon
            variant="subtle"
            color="red"
            size="lg"
            aria-label={t('accounts.teamRemove', { index: index + 1 })}
            onClick={() => form.removeListItem('team', index)}
          >
            ✕
          </ActionIcon>
        </Group>
      ))}
      <Group>
        <Button variant="light" size="xs" onClick={() => form.insertListItem('team', newTeamRow())}>
          {t('accounts.teamAdd')}
        </Button>
      </Group>
    </Stack>
  );
}

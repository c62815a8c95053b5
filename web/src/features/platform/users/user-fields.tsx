import { Autocomplete, Select } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { FormOf } from '../../../components/form-types.ts';
import { roleOptions, teamSuggestions } from './role-options.ts';

/** What both the invitation and the user page edit about a person's place in the team. */
export interface RoleValues {
  role: string | null;
  team: string;
}

/** Role with a short explanation, and the team for internal departments. */
// biome-ignore lint/suspicious/noExplicitAny: any form whose values include RoleValues.
export function RoleFields<V extends RoleValues & Record<string, any>>({ form }: { form: FormOf<V> }) {
  const { t } = useTranslation();
  const { role } = form.getValues();
  return (
    <>
      <Select
        label={t('users.role')}
        description={role ? t(`users.roleHints.${role}`) : undefined}
        data={roleOptions(t)}
        allowDeselect={false}
        required
        {...form.getInputProps('role')}
      />
      {role === 'internal' ? (
        <Autocomplete
          label={t('users.team')}
          description={t('users.teamHint')}
          data={teamSuggestions(t)}
          {...form.getInputProps('team')}
        />
      ) : null}
    </>
  );
}

/** The team only counts for internal departments. */
export function teamFor(values: RoleValues): string | null {
  return values.role === 'internal' && values.team.trim() !== '' ? values.team.trim() : null;
}

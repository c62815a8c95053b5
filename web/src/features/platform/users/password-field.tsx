import { Button, Group, PasswordInput, type PasswordInputProps } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { generatePassword } from '../../../components/generate-password.ts';

interface PasswordFieldProps extends Omit<PasswordInputProps, 'onChange'> {
  onChange: (value: string) => void;
}

/** A password someone else will use first: the admin may let Kontor suggest one, shown in clear. */
export function PasswordField({ onChange, ...props }: PasswordFieldProps) {
  const { t } = useTranslation();
  const [visible, setVisible] = useState(false);
  return (
    <PasswordInput
      {...props}
      autoComplete="new-password"
      visible={visible}
      onVisibilityChange={setVisible}
      onChange={(event) => onChange(event.currentTarget.value)}
      inputContainer={(input) => (
        <Group gap="xs" wrap="nowrap">
          <div style={{ flex: 1, minWidth: 0 }}>{input}</div>
          <Button
            variant="default"
            onClick={() => {
              onChange(generatePassword());
              setVisible(true);
            }}
          >
            {t('users.suggestPassword')}
          </Button>
        </Group>
      )}
    />
  );
}

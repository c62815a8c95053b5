import { Alert, Code, Radio, Select, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ZTokenCreate } from '#contracts/auth.ts';
import { meApi, myTokensQuery } from '../../../api/me.ts';
import type { TokenCreate } from '../../../api/types.ts';
import { CopyField } from '../../../components/copy-field.tsx';
import { FormDialog } from '../../../components/form-dialog.tsx';
import { validateWith } from '../../../components/form-errors.ts';

interface TokenValues {
  name: string;
  access: 'read' | 'write';
  /** Days as text (select values are strings); '' for no expiry. */
  expiresInDays: string;
}

const initialValues: TokenValues = { name: '', access: 'read', expiresInDays: '90' };

function toPayload(values: TokenValues): TokenCreate {
  return {
    name: values.name.trim(),
    scopes: values.access === 'write' ? ['read', 'write'] : ['read'],
    ...(values.expiresInDays ? { expiresInDays: Number(values.expiresInDays) } : {}),
  };
}

/** Create a personal API token; the secret is shown once, right here, and never again. */
export function TokenCreateDialog({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const form = useForm<TokenValues>({
    initialValues,
    validate: (values) => validateWith(t, ZTokenCreate, toPayload(values)) ?? {},
  });
  return (
    <FormDialog
      opened={opened}
      onClose={onClose}
      title={t('tokens.new')}
      form={form}
      submitLabel={t('tokens.create')}
      submit={async (values) => {
        const token = await meApi.createToken(toPayload(values));
        void queryClient.invalidateQueries({ queryKey: myTokensQuery.queryKey });
        return token;
      }}
      done={{
        title: t('tokens.createdTitle'),
        render: (token) => (
          <>
            <Alert color="yellow" variant="light" title={t('tokens.copyNowTitle')} role="alert">
              {t('tokens.copyNow')}
            </Alert>
            <CopyField label={t('tokens.secret', { name: token.name })} value={token.token} />
            <Text size="sm" c="dimmed">
              {t('tokens.usage')} <Code>Authorization: Bearer …</Code>
            </Text>
          </>
        ),
      }}
    >
      <TextInput
        label={t('tokens.name')}
        description={t('tokens.nameHint')}
        required
        data-autofocus
        {...form.getInputProps('name')}
      />
      <Radio.Group label={t('tokens.access')} {...form.getInputProps('access')}>
        <Stack gap="xs" mt="xs">
          <Radio value="read" label={t('tokens.scopeRead')} description={t('tokens.scopeReadHint')} />
          <Radio value="write" label={t('tokens.scopeWrite')} description={t('tokens.scopeWriteHint')} />
        </Stack>
      </Radio.Group>
      <Select
        label={t('tokens.expiry')}
        data={[
          { value: '30', label: t('tokens.days', { count: 30 }) },
          { value: '90', label: t('tokens.days', { count: 90 }) },
          { value: '365', label: t('tokens.oneYear') },
          { value: '', label: t('tokens.noExpiry') },
        ]}
        allowDeselect={false}
        {...form.getInputProps('expiresInDays')}
      />
    </FormDialog>
  );
}

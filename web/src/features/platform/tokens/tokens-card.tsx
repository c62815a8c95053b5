import { Badge, Button, Table } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { meApi, myTokensQuery } from '../../../api/me.ts';
import type { ApiToken } from '../../../api/types.ts';
import { ConfirmAction } from '../../../components/confirm-action.tsx';
import { ListState } from '../../../components/list-state.tsx';
import { SectionCard } from '../../../components/section-card.tsx';
import { SimpleTable } from '../../../components/simple-table.tsx';
import { useFormat } from '../../../i18n/format.ts';
import { TokenCreateDialog } from './token-create-dialog.tsx';

/** Personal API tokens: for scripts and integrations that act on my behalf. */
export function TokensCard() {
  const { t } = useTranslation();
  const format = useFormat();
  const [creating, { open, close }] = useDisclosure(false);
  const query = useQuery(myTokensQuery);
  const tokens = query.data ?? [];
  return (
    <SectionCard
      title={t('tokens.title')}
      description={t('tokens.description')}
      actions={<Button onClick={open}>{t('tokens.new')}</Button>}
    >
      <ListState
        pending={query.isPending}
        error={query.error}
        empty={tokens.length === 0}
        emptyText={t('tokens.empty')}
      />
      {tokens.length > 0 ? (
        <SimpleTable
          label={t('tokens.title')}
          minWidth={680}
          withActions
          columns={[
            t('tokens.name'),
            t('tokens.access'),
            t('tokens.createdAt'),
            t('tokens.lastUsedAt'),
            t('tokens.expiresAt'),
          ]}
        >
          {tokens.map((token) => (
            <Table.Tr key={token.id}>
              <Table.Td fw={600}>{token.name}</Table.Td>
              <Table.Td>
                <Badge variant="light" color={token.scopes.includes('write') ? 'orange' : 'blue'} radius="sm">
                  {token.scopes.includes('write') ? t('tokens.scopeWrite') : t('tokens.scopeRead')}
                </Badge>
              </Table.Td>
              <Table.Td>{format.date(token.createdAt)}</Table.Td>
              <Table.Td>
                {token.lastUsedAt ? format.dateTime(token.lastUsedAt) : t('tokens.neverUsed')}
              </Table.Td>
              <Table.Td>{token.expiresAt ? format.date(token.expiresAt) : t('tokens.noExpiry')}</Table.Td>
              <Table.Td ta="right">
                <RevokeToken token={token} />
              </Table.Td>
            </Table.Tr>
          ))}
        </SimpleTable>
      ) : null}
      <TokenCreateDialog opened={creating} onClose={close} />
    </SectionCard>
  );
}

function RevokeToken({ token }: { token: ApiToken }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const revoke = useMutation({
    mutationFn: () => meApi.revokeToken(token.id),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: myTokensQuery.queryKey }),
  });
  return (
    <ConfirmAction
      label={t('tokens.revoke')}
      ariaLabel={t('tokens.revokeNamed', { name: token.name })}
      title={t('tokens.revokeTitle')}
      message={t('tokens.revokeMessage', { name: token.name })}
      loading={revoke.isPending}
      error={revoke.error}
      onConfirm={() => revoke.mutateAsync()}
      buttonProps={{ size: 'xs' }}
    />
  );
}

import { Badge, Center, Group, Loader, Stack, Table, Text } from '@mantine/core';
import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { meQuery } from '../../../api/session.ts';
import { userListQuery } from '../../../api/users.ts';
import { AnchorLink } from '../../../components/links.tsx';
import { ShowMore } from '../../../components/paged-items.tsx';
import { ProblemAlert } from '../../../components/problem-alert.tsx';
import { SimpleTable } from '../../../components/simple-table.tsx';
import { useUserSearch } from './use-user-search.ts';
import { userFilters } from './user-search.ts';
import { UserStatusBadge } from './user-status-badge.tsx';

/** The workspace's people, ordered by name; a team rarely has more than a page of them. */
export function UsersTable() {
  const { t } = useTranslation();
  const { search } = useUserSearch();
  const { data: me } = useQuery(meQuery);
  const query = useInfiniteQuery(userListQuery(userFilters(search)));
  const users = query.data?.pages.flatMap((page) => page.items) ?? [];

  if (query.isError) return <ProblemAlert error={query.error} />;
  if (query.isPending)
    return (
      <Center py="xl">
        <Loader aria-label={t('common.loading')} />
      </Center>
    );
  return (
    <Stack gap="sm">
      <SimpleTable
        label={t('users.tableLabel')}
        minWidth={760}
        highlightOnHover
        withTableBorder
        bg="white"
        columns={[t('fields.name'), t('fields.email'), t('users.role'), t('users.team'), t('users.status')]}
      >
        {users.map((user) => (
          <Table.Tr key={user.id} data-testid="user-row">
            <Table.Td>
              <Group gap="xs" wrap="nowrap">
                <AnchorLink to="/settings/users/$userId" params={{ userId: user.id }} fw={600} size="sm">
                  {user.name}
                </AnchorLink>
                {user.id === me?.user.id ? (
                  <Badge variant="light" color="gray" radius="sm" size="sm">
                    {t('users.you')}
                  </Badge>
                ) : null}
              </Group>
            </Table.Td>
            <Table.Td c={user.active ? undefined : 'dimmed'}>{user.email}</Table.Td>
            <Table.Td>{t(`roles.${user.role}`)}</Table.Td>
            <Table.Td>{user.team ?? '–'}</Table.Td>
            <Table.Td>
              <UserStatusBadge active={user.active} />
            </Table.Td>
          </Table.Tr>
        ))}
      </SimpleTable>
      {users.length === 0 ? (
        <Text c="dimmed" ta="center" py="lg">
          {t('users.emptyFiltered')}
        </Text>
      ) : null}
      <ShowMore query={query} justify="center" />
    </Stack>
  );
}

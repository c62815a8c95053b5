import { Badge, Grid, Stack } from '@mantine/core';
import { useQuery, useSuspenseQuery } from '@tanstack/react-query';
import { createRoute } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { meQuery } from '../api/session.ts';
import { userQuery } from '../api/users.ts';
import { BackLink } from '../components/back-link.tsx';
import { PageHeader } from '../components/page-header.tsx';
import { PageLoader } from '../components/page-loader.tsx';
import { RecordMeta } from '../components/record-meta.tsx';
import { RouteError } from '../components/route-error.tsx';
import { requirePermission } from '../features/platform/auth/require-permission.ts';
import { UserAccessCard } from '../features/platform/users/user-access-card.tsx';
import { UserDetailsCard } from '../features/platform/users/user-details-card.tsx';
import { UserPasswordCard } from '../features/platform/users/user-password-card.tsx';
import { UserStatusBadge } from '../features/platform/users/user-status-badge.tsx';
import { settingsRoute } from './settings.tsx';

export const settingsUserRoute = createRoute({
  getParentRoute: () => settingsRoute,
  path: '/users/$userId',
  beforeLoad: ({ context }) => requirePermission(context.me, 'users:manage'),
  // Edit the latest saved version, not a cached one.
  loader: ({ context, params }) =>
    context.queryClient.fetchQuery({ ...userQuery(params.userId), staleTime: 0 }),
  pendingComponent: PageLoader,
  errorComponent: RouteError,
  component: UserPage,
});

function UserPage() {
  const { t } = useTranslation();
  const { userId } = settingsUserRoute.useParams();
  const { data: user } = useSuspenseQuery(userQuery(userId));
  const { data: me } = useQuery(meQuery);
  const isMe = me?.user.id === user.id;
  return (
    <>
      <PageHeader
        back={<BackLink to="/settings/users">{t('settings.users')}</BackLink>}
        title={user.name}
        subtitle={user.email}
        badges={
          <>
            <Badge variant="light" radius="sm">
              {t(`roles.${user.role}`)}
            </Badge>
            <UserStatusBadge active={user.active} />
          </>
        }
      />
      <Grid gutter="md" maw={1200}>
        <Grid.Col span={{ base: 12, lg: 7 }}>
          <UserDetailsCard key={user.id} user={user} />
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 5 }}>
          <Stack gap="md">
            <UserAccessCard user={user} isMe={isMe} />
            {isMe ? null : <UserPasswordCard user={user} />}
          </Stack>
        </Grid.Col>
      </Grid>
      <Stack mt="lg">
        <RecordMeta record={user} />
      </Stack>
    </>
  );
}

import { Grid, Stack } from '@mantine/core';
import { useSuspenseQuery } from '@tanstack/react-query';
import { createRoute } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { accountQuery } from '../api/accounts.ts';
import { BackLink } from '../components/back-link.tsx';
import { ButtonLink } from '../components/links.tsx';
import { PageLoader } from '../components/page-loader.tsx';
import { RecordHeader } from '../components/record-header.tsx';
import { RecordMeta } from '../components/record-meta.tsx';
import { RouteError } from '../components/route-error.tsx';
import { KeyAccountBadge, LifecycleBadge } from '../features/accounts/account-badges.tsx';
import { AccountContacts } from '../features/accounts/account-contacts.tsx';
import { AccountBusiness, AccountCare, AccountMasterData } from '../features/accounts/account-details.tsx';
import { AccountHierarchy } from '../features/accounts/account-hierarchy.tsx';
import { useArchiveAccount } from '../features/accounts/use-account-mutations.ts';
import { useCan } from '../features/auth/use-permissions.ts';
import { KeyAccountCard } from '../features/key-accounts/key-account-card.tsx';
import { appRoute } from './app.tsx';

export const accountRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/accounts/$accountId',
  loader: ({ context, params }) => context.queryClient.ensureQueryData(accountQuery(params.accountId)),
  pendingComponent: PageLoader,
  errorComponent: RouteError,
  component: AccountPage,
});

function AccountPage() {
  const { t } = useTranslation();
  const can = useCan();
  const { accountId } = accountRoute.useParams();
  const { data: account } = useSuspenseQuery(accountQuery(accountId));
  const archive = useArchiveAccount(account);

  return (
    <>
      <RecordHeader
        back={<BackLink to="/accounts">{t('nav.accounts')}</BackLink>}
        title={account.name}
        badges={
          <>
            {account.isKeyAccount ? <KeyAccountBadge tier={account.keyAccountTier} /> : null}
            <LifecycleBadge status={account.lifecycleStatus} />
          </>
        }
        subtitle={[
          account.customerNumber && t('accounts.customerNumberShort', { number: account.customerNumber }),
          account.city,
        ]
          .filter(Boolean)
          .join(' · ')}
        archived={account.archivedAt !== null}
        archivedNotice={t('accounts.archivedNotice')}
        edit={
          can('accounts:write') ? (
            <ButtonLink to="/accounts/$accountId/edit" params={{ accountId }}>
              {t('actions.edit')}
            </ButtonLink>
          ) : null
        }
        archive={can('accounts:archive') ? archive : null}
      />
      <Grid gutter="md">
        <Grid.Col span={{ base: 12, lg: 8 }}>
          <Stack gap="md">
            <AccountMasterData account={account} />
            <AccountContacts accountId={account.id} />
            <AccountBusiness account={account} />
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 4 }}>
          <Stack gap="md">
            <KeyAccountCard account={account} />
            <AccountCare account={account} />
            <AccountHierarchy accountId={account.id} />
          </Stack>
        </Grid.Col>
      </Grid>
      <Stack mt="lg">
        <RecordMeta record={account} />
      </Stack>
    </>
  );
}

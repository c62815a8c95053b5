import { Grid, Stack, Tabs } from '@mantine/core';
import { useSuspenseQuery } from '@tanstack/react-query';
import { createRoute, useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { accountQuery } from '../api/accounts.ts';
import { BackLink } from '../components/back-link.tsx';
import { ButtonLink } from '../components/links.tsx';
import { PageLoader } from '../components/page-loader.tsx';
import { RecordHeader } from '../components/record-header.tsx';
import { RecordMeta } from '../components/record-meta.tsx';
import { RouteError } from '../components/route-error.tsx';
import { InteractionTimeline } from '../features/engage/interactions/interaction-timeline.tsx';
import { LogContactMenu } from '../features/engage/interactions/log-contact-menu.tsx';
import { AccountNextSteps } from '../features/engage/next-steps/account-next-steps.tsx';
import { AccountVisits } from '../features/engage/visits/account-visits.tsx';
import { PresentationLog } from '../features/engage/visits/presentation-log.tsx';
import { KeyAccountCard } from '../features/identify/key-accounts/key-account-card.tsx';
import { KeyAccountBadge, LifecycleBadge } from '../features/know/accounts/account-badges.tsx';
import { AccountContacts } from '../features/know/accounts/account-contacts.tsx';
import {
  AccountBusiness,
  AccountCare,
  AccountMasterData,
} from '../features/know/accounts/account-details.tsx';
import { AccountHierarchy } from '../features/know/accounts/account-hierarchy.tsx';
import { useArchiveAccount } from '../features/know/accounts/use-account-mutations.ts';
import { AccountCoverage } from '../features/know/buying-centre/account-coverage.tsx';
import { BuyingCentrePanel } from '../features/know/buying-centre/buying-centre-panel.tsx';
import { useCan } from '../features/platform/auth/use-permissions.ts';
import { appRoute } from './app.tsx';

const tabs = ['overview', 'buying-centre', 'activities', 'visits'] as const;
type AccountTab = (typeof tabs)[number];

export const accountRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/accounts/$accountId',
  validateSearch: (search: Record<string, unknown>): { tab?: AccountTab } =>
    tabs.includes(search.tab as AccountTab) && search.tab !== 'overview'
      ? { tab: search.tab as AccountTab }
      : {},
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
  const { tab = 'overview' } = accountRoute.useSearch();
  const navigate = useNavigate();
  const relationships = can('relationships:read');
  const active = account.archivedAt === null;
  const overview = (
    <Stack gap="md">
      {relationships && account.isKeyAccount ? <AccountCoverage accountId={account.id} /> : null}
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
            <AccountNextSteps accountId={account.id} />
            <KeyAccountCard account={account} />
            <AccountCare account={account} />
            <AccountHierarchy accountId={account.id} />
          </Stack>
        </Grid.Col>
      </Grid>
    </Stack>
  );

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
          <>
            {active ? <LogContactMenu accounts={[account]} /> : null}
            {can('accounts:write') ? (
              <ButtonLink to="/accounts/$accountId/edit" params={{ accountId }} variant="default">
                {t('actions.edit')}
              </ButtonLink>
            ) : null}
          </>
        }
        archive={can('accounts:archive') ? archive : null}
      />
      {relationships ? (
        <Tabs
          value={tab}
          onChange={(next) =>
            void navigate({
              to: '/accounts/$accountId',
              params: { accountId },
              search: next && next !== 'overview' ? { tab: next as AccountTab } : {},
              replace: true,
            })
          }
          keepMounted={false}
        >
          <Tabs.List mb="md">
            {tabs.map((name) => (
              <Tabs.Tab key={name} value={name}>
                {t(`accounts.tabs.${name}`)}
              </Tabs.Tab>
            ))}
          </Tabs.List>
          <Tabs.Panel value="overview">{overview}</Tabs.Panel>
          <Tabs.Panel value="buying-centre">
            <BuyingCentrePanel accountId={account.id} />
          </Tabs.Panel>
          <Tabs.Panel value="activities">
            <InteractionTimeline
              scope={{ accountId: account.id }}
              actions={
                active ? (
                  <LogContactMenu accounts={[account]} buttonProps={{ size: 'xs', variant: 'light' }} />
                ) : null
              }
            />
          </Tabs.Panel>
          <Tabs.Panel value="visits">
            <Stack gap="md">
              <AccountVisits account={account} />
              <PresentationLog accountId={account.id} />
            </Stack>
          </Tabs.Panel>
        </Tabs>
      ) : (
        overview
      )}
      <Stack mt="lg">
        <RecordMeta record={account} />
      </Stack>
    </>
  );
}

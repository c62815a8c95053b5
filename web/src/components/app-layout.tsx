import { AppShell, Burger, Group, ScrollArea, Stack, Text } from '@mantine/core';
import { useDisclosure, useMediaQuery } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { Outlet, useRouterState } from '@tanstack/react-router';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { meQuery } from '../api/session.ts';
import { useCan } from '../features/platform/auth/use-permissions.ts';
import { SettingsNav } from '../features/platform/settings/settings-nav.tsx';
import { UserMenu } from '../features/platform/settings/user-menu.tsx';
import { BrandMark } from './brand.tsx';
import { RouterNavLink } from './links.tsx';
import { SectionNav } from './section-nav.tsx';

/** The signed-in shell: header with user menu, navigation (a burger drawer on phones), page. */
export function AppLayout() {
  const { t } = useTranslation();
  const [opened, { toggle, close }] = useDisclosure(false);
  const isPhone = useMediaQuery('(max-width: 47.99em)');
  const { data: me } = useQuery(meQuery);
  const pathname = useRouterState({ select: (state) => state.location.pathname });
  const can = useCan();

  // Close the phone navigation after every navigation.
  useEffect(() => {
    if (pathname) close();
  }, [pathname, close]);

  return (
    <AppShell
      header={{ height: 56 }}
      navbar={{ width: 220, breakpoint: 'sm', collapsed: { mobile: !opened } }}
      padding={{ base: 'sm', sm: 'lg' }}
    >
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap" style={{ minWidth: 0 }}>
            <Burger
              opened={opened}
              onClick={toggle}
              hiddenFrom="sm"
              size="sm"
              aria-label={opened ? t('nav.close') : t('nav.open')}
            />
            <BrandMark />
            {me ? (
              <Text c="dimmed" size="sm" visibleFrom="xs" truncate maw={260}>
                {me.workspace.name}
              </Text>
            ) : null}
          </Group>
          <UserMenu />
        </Group>
      </AppShell.Header>
      <AppShell.Navbar
        p="sm"
        aria-label={t('nav.label')}
        // Off-screen links must not be reachable by keyboard or screen readers.
        style={isPhone && !opened ? { visibility: 'hidden' } : undefined}
      >
        <AppShell.Section grow component={ScrollArea}>
          <Stack gap={4} component="nav">
            <RouterNavLink to="/" label={t('nav.myDay')} active={pathname === '/'} />
            <RouterNavLink
              to="/accounts"
              label={t('nav.accounts')}
              active={pathname.startsWith('/accounts')}
            />
            <RouterNavLink
              to="/contacts"
              label={t('nav.contacts')}
              active={pathname.startsWith('/contacts')}
            />
            {can('next-steps:read') ? (
              <RouterNavLink
                to="/next-steps"
                label={t('nav.nextSteps')}
                active={pathname.startsWith('/next-steps')}
              />
            ) : null}
            {can('relationships:read') ? (
              <RouterNavLink
                to="/contact-cadence"
                label={t('nav.cadence')}
                active={pathname.startsWith('/contact-cadence')}
              />
            ) : null}
            {can('portfolio:read') ? (
              <SectionNav
                to="/portfolio"
                label={t('nav.portfolio')}
                prefix="/portfolio"
                pathname={pathname}
                sections={[
                  { to: '/portfolio/abc', label: t('nav.abc') },
                  { to: '/portfolio/key-accounts', label: t('nav.keyAccounts') },
                  { to: '/portfolio/matrix', label: t('nav.matrix') },
                ]}
              />
            ) : null}
            {can('imports:run') ? (
              <RouterNavLink to="/import" label={t('nav.import')} active={pathname.startsWith('/import')} />
            ) : null}
          </Stack>
        </AppShell.Section>
        <AppShell.Section>
          <Stack gap={4}>
            <SettingsNav pathname={pathname} />
          </Stack>
        </AppShell.Section>
      </AppShell.Navbar>
      <AppShell.Main bg="gray.0">
        <Outlet />
      </AppShell.Main>
    </AppShell>
  );
}
